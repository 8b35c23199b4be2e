package startlog

import (
	"bytes"
	"log"
	"testing"
)

func TestHeldUntilReleasedThenSent(t *testing.T) {
	log.SetFlags(0)
	log.Print("as the program starts")
	var past, now bytes.Buffer
	Release(&past, &now)
	log.Print("later")
	Release(&past, &now) // nothing held twice
	if past.String() != "as the program starts\n" || now.String() != "later\n" {
		t.Fatalf("held %q, then %q", past.String(), now.String())
	}
}
