//go:build linux && !wayland

package main

/*
#cgo LDFLAGS: -lGL -lX11
#include <stdio.h>
#include <string.h>
#include <X11/Xlib.h>
#include <GL/glx.h>

#ifndef GLX_CONTEXT_MAJOR_VERSION_ARB
#define GLX_CONTEXT_MAJOR_VERSION_ARB 0x2091
#define GLX_CONTEXT_MINOR_VERSION_ARB 0x2092
#endif

typedef GLXContext (*createContextAttribs)(Display*, GLXFBConfig, GLXContext, Bool, const int*);

// What went wrong; probeFailures in Go says it in words.
enum { probeOK, probeNoGLX, probeOldGLX, probeNoConfig, probeNoVisual, probeXError, probeNoContext, probeNotCurrent, probeTooOld };

static int probeLastXError;

static int probeOnXError(Display *d, XErrorEvent *e) {
	probeLastXError = e->error_code;
	return 0;
}

// probeGLX makes what GLFW makes for a window on dpy: a framebuffer
// configuration with RGBA, a window and double buffering, an unmapped 1×1
// window of its visual, and an OpenGL context (of version major.minor or
// later, unless 0.0), made current; then it throws all of it away. X
// errors are caught meanwhile: Xlib's own handler would end the process.
static int probeGLX(Display *dpy, int major, int minor) {
	int errorBase, eventBase, glxMajor = 0, glxMinor = 0;
	if (!glXQueryExtension(dpy, &errorBase, &eventBase)) return probeNoGLX;
	if (!glXQueryVersion(dpy, &glxMajor, &glxMinor) || glxMajor < 1 || (glxMajor == 1 && glxMinor < 3)) return probeOldGLX;

	int want[] = {GLX_DRAWABLE_TYPE, GLX_WINDOW_BIT, GLX_RENDER_TYPE, GLX_RGBA_BIT, GLX_DOUBLEBUFFER, True, None};
	int n = 0;
	GLXFBConfig *configs = glXChooseFBConfig(dpy, DefaultScreen(dpy), want, &n);
	if (configs == NULL || n == 0) {
		if (configs != NULL) XFree(configs);
		return probeNoConfig;
	}
	GLXFBConfig config = configs[0];
	XFree(configs);
	XVisualInfo *vi = glXGetVisualFromFBConfig(dpy, config);
	if (vi == NULL) return probeNoVisual;

	int (*previous)(Display*, XErrorEvent*) = XSetErrorHandler(probeOnXError);
	probeLastXError = 0;
	Window root = RootWindow(dpy, vi->screen);
	XSetWindowAttributes wa;
	memset(&wa, 0, sizeof wa);
	wa.colormap = XCreateColormap(dpy, root, vi->visual, AllocNone);
	Window win = XCreateWindow(dpy, root, 0, 0, 1, 1, 0, vi->depth, InputOutput, vi->visual, CWColormap, &wa);
	XFree(vi);
	XSync(dpy, False);
	int result = probeOK;
	GLXContext ctx = NULL;
	if (probeLastXError != 0) {
		result = probeXError;
	} else {
		createContextAttribs create = (createContextAttribs)glXGetProcAddressARB((const GLubyte*)"glXCreateContextAttribsARB");
		if (create != NULL && major > 0) {
			int attribs[] = {GLX_CONTEXT_MAJOR_VERSION_ARB, major, GLX_CONTEXT_MINOR_VERSION_ARB, minor, None};
			ctx = create(dpy, config, NULL, True, attribs);
		} else {
			ctx = glXCreateNewContext(dpy, config, GLX_RGBA_TYPE, NULL, True);
		}
		XSync(dpy, False);
		if (ctx == NULL || probeLastXError != 0) {
			result = probeNoContext;
		} else if (!glXMakeCurrent(dpy, win, ctx)) {
			result = probeNotCurrent;
		} else {
			const char *version = (const char*)glGetString(GL_VERSION);
			int gotMajor = 0, gotMinor = 0;
			if (version == NULL || sscanf(version, "%d.%d", &gotMajor, &gotMinor) != 2) {
				result = probeNotCurrent;
			} else if (gotMajor < major || (gotMajor == major && gotMinor < minor)) {
				result = probeTooOld;
			}
			glXMakeCurrent(dpy, None, NULL);
		}
	}
	if (ctx != NULL) glXDestroyContext(dpy, ctx);
	XDestroyWindow(dpy, win);
	XFreeColormap(dpy, wa.colormap);
	XSync(dpy, False);
	XSetErrorHandler(previous);
	return result;
}
*/
import "C"

import (
	"errors"
	"fmt"
	"time"
	"unsafe"

	"github.com/go-gl/glfw/v3.3/glfw"
)

// displayAnswers reports whether the X server named by DISPLAY answers
// within wait. One that accepts the connection and then says nothing (an
// SSH forward whose other end is gone, a frozen remote desktop) would hold
// GLFW's start, and the app, for ever: Xlib has no time limit of its own.
// A connection that never answers is left to itself; the app goes on to
// the page without it.
func displayAnswers(wait time.Duration) error {
	done := make(chan bool, 1)
	go func() {
		d := C.XOpenDisplay(nil)
		if d != nil {
			C.XCloseDisplay(d)
		}
		done <- d != nil
	}()
	select {
	case ok := <-done:
		if !ok {
			return errors.New("no X display could be opened")
		}
		return nil
	case <-time.After(wait):
		return fmt.Errorf("the X display did not answer within %v", wait)
	}
}

// probeFailures say what probeGLX's answers mean.
var probeFailures = map[C.int]string{
	C.probeNoGLX:      "the X server has no GLX (OpenGL) extension",
	C.probeOldGLX:     "the X server's GLX is older than 1.3",
	C.probeNoConfig:   "GLX offers no RGBA, double-buffered configuration for a window",
	C.probeNoVisual:   "GLX has no X visual for its configuration",
	C.probeXError:     "the X server refused a window for OpenGL",
	C.probeNoContext:  "GLX made no OpenGL context",
	C.probeNotCurrent: "the OpenGL context could not be used",
	C.probeTooOld:     "the OpenGL version is too old",
}

// probeContext makes an OpenGL context for a hidden window as GLFW would
// for Fyne's, and throws it away. It asks GLX itself, on GLFW's own
// connection to the X server (so that the driver loaded here serves Fyne's
// window too): GLFW would read every attribute of every framebuffer
// configuration the server has (some 20,000 calls on Mesa, about 40 ms),
// and Fyne's window does that again a moment later.
func probeContext() error {
	dpy := glfw.GetX11Display()
	if dpy == nil {
		return errors.New("GLFW has no X display")
	}
	rc := C.probeGLX((*C.Display)(unsafe.Pointer(dpy)), C.int(probeGL[0]), C.int(probeGL[1]))
	if rc == C.probeOK {
		return nil
	}
	if msg, ok := probeFailures[rc]; ok {
		return errors.New(msg)
	}
	return fmt.Errorf("the OpenGL probe failed (%d)", int(rc))
}
