package main_test

import (
	"os"
	"testing"

	"github.com/cbclint/cbclint/internal/e2etest"
)

// TestMain removes the cbclint binary the end-to-end tests build.
func TestMain(m *testing.M) { os.Exit(e2etest.RunTests(m)) }
