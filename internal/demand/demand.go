// Package demand says which code cbcstatus must see: which packages a driver
// loads from source (Packages), which the analyzer analyses (PassRelevant),
// and which function bodies it builds in SSA form (Bodies). One rule, stated
// here for the standalone driver and for the analyzer under every driver:
// only code that can meet a CBC reply needs bodies and summaries.
//
// A package speaks HTTP (is relevant) iff it is neither the standard library
// nor a modelled library, and it imports a library that sends requests or
// declares CBC replies, mentions error_code, or imports a relevant package.
// Any other function is pass-through: it never sends a request nor examines
// an error, so a driver may load its package from export data and the
// analyzer may skip it.
//
// A package mentions CBC iff it is or imports a CBC client package (the SDK's
// bss packages, golangsdk's bss/ packages, a response-package), its files
// contain the text of a CBC host (myhuaweicloud: hosts are built from a
// service name, "https://%s.myhuaweicloud.com", and the endpoints setting's),
// or it imports a package that mentions CBC without speaking HTTP (a package
// of constants). error_code alone is no mention: other clouds' SDKs decode
// fields of that name, and a package that examines one only meets a CBC reply
// if a package that mentions CBC hands it one.
//
// Only a relevant package that mentions CBC, that a package mentioning CBC
// reaches through imports of packages that speak HTTP themselves (it may be
// handed a CBC URL or reply), or that imports one (it may be returned a
// reply) can meet a CBC reply: it is demanded, and so is a relevant package
// that imports the SDK's bss models (it may examine a reply handed to it).
// Another cloud's SDK speaks HTTP, but no package mentioning CBC calls it: it
// stays export data and gets no SSA form. (A package that only forwards a URL
// to another's HTTP helper, importing no HTTP stack and mentioning no
// error_code itself, stops the descent: its helper is seen as pass-through.)
//
// Within a package, the functions that cannot meet a reply get no SSA body
// (funcs.go).
package demand

import (
	"bytes"
	"go/types"
	"slices"
	"strings"

	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/config"
)

// Model is what the rule asks of the check's model of CBC. Settings and SDK
// are asked everywhere; the rest only within a pass (Bodies).
type Model struct {
	Settings *config.Resolved // the endpoints and response packages
	// SDK reports whether the package at path is one of the SDK's or
	// golangsdk's CBC packages.
	SDK func(path string) bool
	// AboutReplies reports whether another package's function obtains a
	// reply, or examines or judges one it is handed (by its summary).
	AboutReplies func(fn *types.Func) bool
	// Library returns which argument of a call of fn is the URL, request or
	// base URL it is handed (-1: the receiver), if fn is a function of an
	// HTTP library that builds or sends a request.
	Library func(fn *types.Func) (url int, ok bool)
	// HTTP reports whether t is an HTTP request or reply.
	HTTP func(t types.Type) bool
}

// client reports whether the package at path calls CBC or declares its
// replies: the SDK's, golangsdk's, or a response-package.
func (m *Model) client(path string) bool {
	return m.SDK(path) || m.Settings.MatchResponsePackage(path)
}

// transport reports whether importing the package at path makes a package
// relevant by itself: net/http or a modelled library (it may send a CBC
// request or hold a CBC reply), or one of the response-packages.
func (m *Model) transport(path string) bool {
	return path == "net/http" || IsModelled(path) || m.Settings.MatchResponsePackage(path)
}

// texts are the texts whose presence in a file or a name mentions CBC: the
// hosts' common part and the endpoints setting's hosts, in lower case.
func (m *Model) texts() []needle {
	texts := []needle{newNeedle(hostText)}
	for _, p := range m.Settings.Endpoints {
		texts = append(texts, newNeedle(strings.ToLower(strings.TrimPrefix(p, "*"))))
	}
	return texts
}

// The HTTP libraries cbcstatus models, beside net/http.
const (
	resty     = "github.com/go-resty/resty/v2"
	retryable = "github.com/hashicorp/go-retryablehttp"
)

// modelledPrefixes are the libraries cbcstatus has models of; it never needs
// their bodies.
var modelledPrefixes = []string{"github.com/huaweicloud/huaweicloud-sdk-go-v3", "github.com/chnsz/golangsdk", resty, retryable}

// IsModelled reports whether the package at path belongs to a library
// cbcstatus has models of: the Huawei SDK, golangsdk, resty, retryablehttp.
func IsModelled(path string) bool {
	return slices.ContainsFunc(modelledPrefixes, func(p string) bool { return path == p || strings.HasPrefix(path, p+"/") })
}

// isLibrary reports whether the package at path has functions Model.Library
// knows (it is cheaper to ask first than to name every callee).
func isLibrary(path string) bool {
	return path == "net/http" || path == "net/url" || path == resty || path == retryable
}

// isSDKModel reports whether the package at path is one of the SDK's bss
// model packages: types, which platforms import into their own API types
// beside every other cloud's.
func isSDKModel(path string) bool {
	return strings.HasSuffix(path, "/services/bss/v2/model") || strings.HasSuffix(path, "/services/bssintl/v2/model")
}

// hostText is in every Huawei Cloud host, CBC's among them.
const hostText = "myhuaweicloud"

// mentions reports whether s contains one of texts in any case.
func mentions[S string | []byte](s S, texts ...needle) bool {
	for _, t := range texts {
		if containsFold(s, t) {
			return true
		}
	}
	return false
}

// A needle is a lower-case ASCII text containsFold looks for, and the index
// of the byte it looks for first (anchor).
type needle struct {
	text string
	k    int
}

func newNeedle(text string) needle { return needle{text, anchor(text)} }

// containsFold reports whether s contains the needle's text in any case,
// without copying s: it looks for the needle's rarest byte, then compares
// around it. The driver scans every file of every dependency with it.
func containsFold[S string | []byte](s S, n needle) bool {
	t, k := n.text, n.k
	if len(s) < len(t) {
		return false // most names
	}
	c, upper := t[k], t[k]
	if 'a' <= c && c <= 'z' {
		upper = c - 'a' + 'A'
	}
	for i := k; i < len(s)-(len(t)-1-k); i++ {
		j := indexByte(s[i:], c)
		if upper != c {
			end := len(s) - i // the nearer of the two: upper before c
			if j >= 0 {
				end = j
			}
			if u := indexByte(s[i:i+end], upper); u >= 0 {
				j = u
			}
		}
		if j < 0 {
			return false
		}
		i += j
		if i-k+len(t) <= len(s) && equalFold(s[i-k:i-k+len(t)], t) {
			return true
		}
	}
	return false
}

func indexByte[S string | []byte](s S, c byte) int {
	if b, ok := any(s).([]byte); ok {
		return bytes.IndexByte(b, c)
	}
	return strings.IndexByte(string(s), c)
}

// equalFold reports whether s is the lower-case ASCII text t in any case.
func equalFold[S string | []byte](s S, t string) bool {
	for i := range len(t) {
		b := s[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != t[i] {
			return false
		}
	}
	return true
}

// anchor returns the index in t of the byte containsFold looks for: one
// without case if there is one, else the rarest letter in Go source.
func anchor(t string) int {
	if i := strings.IndexFunc(t, func(r rune) bool { return r < 'a' || r > 'z' }); i >= 0 {
		return i
	}
	best, rank := 0, len(rareLetters)
	for i := range len(t) {
		if r := strings.IndexByte(rareLetters, t[i]); r >= 0 && r < rank {
			best, rank = i, r
		}
	}
	return best
}

// rareLetters are letters from the rarest in Go source on.
const rareLetters = "zqjxkvwybhgfmpdulcsnoitrae"

// errorCodeText is what a package's Go files are scanned for, case-insensitively.
var errorCodeText = newNeedle(check.ErrorCodeKey)
