// Package zlog is a team's structured logger, as billing code keeps one in a
// package of its own: it writes messages and key-value pairs, and never sees a
// CBC reply unless it is handed one.
package zlog

import (
	"fmt"
	"os"
)

// Info writes msg and the key-value pairs kv to standard error.
func Info(msg string, kv ...any) {
	fmt.Fprintln(os.Stderr, append([]any{"INFO", msg}, kv...)...)
}

// Error writes msg, err and the key-value pairs kv to standard error.
func Error(msg string, err error, kv ...any) {
	fmt.Fprintln(os.Stderr, append([]any{"ERROR", msg, err}, kv...)...)
}
