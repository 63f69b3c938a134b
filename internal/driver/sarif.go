package driver

// -format=sarif prints the findings as a SARIF 2.1.0 log, the format code
// scanning (GitHub's upload-sarif, GitLab, IDE viewers) reads: a rule for each
// check with its documentation (the check's doc.go, as help prints it: what
// it finds, why, how to fix and silence it, its settings) and the README's
// section of it, cbclint's version, a result for each finding with its
// message (which names the catalog's meaning and advice for the codes it is
// about), and its fixes as SARIF fixes. File names are relative to the working
// directory (uriBaseId %SRCROOT%), lines and columns 1-based, columns counted
// in UTF-16 code units, SARIF's default.

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/doc/comment"
	"go/token"
	"net/url"
	"path/filepath"
	"runtime/debug"
	"strings"
	"unicode/utf16"

	"golang.org/x/mod/semver"
	"golang.org/x/tools/go/analysis"
)

const srcRoot = "%SRCROOT%"

type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                        `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
		Invocations        []sarifInvocation                `json:"invocations"`
		Results            []sarifResult                    `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name            string      `json:"name"`
		Version         string      `json:"version"`
		SemanticVersion string      `json:"semanticVersion"`
		InformationURI  string      `json:"informationUri"`
		Rules           []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string             `json:"id"`
		ShortDescription     sarifMessage       `json:"shortDescription"`
		FullDescription      sarifMessage       `json:"fullDescription"`
		Help                 sarifMultiformat   `json:"help"`
		HelpURI              string             `json:"helpUri"`
		DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifMultiformat struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown"`
	}
	sarifConfiguration struct {
		Level string `json:"level"`
	}
	sarifInvocation struct {
		ExecutionSuccessful bool `json:"executionSuccessful"`
	}
	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		RuleIndex int             `json:"ruleIndex"`
		Level     string          `json:"level"`
		Message   sarifMessage    `json:"message"`
		Locations []sarifLocation `json:"locations"`
		Fixes     []sarifFix      `json:"fixes,omitempty"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           sarifRegion           `json:"region"`
	}
	sarifArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
	}
	sarifFix struct {
		Description     sarifMessage          `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Replacements     []sarifReplacement    `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion  `json:"deletedRegion"`
		InsertedContent sarifMessage `json:"insertedContent"`
	}
)

// printSARIF prints the SARIF log of the findings to o.out; ok is false when
// a package could not be loaded or analysed (its errors are on o.err).
func printSARIF(o *output, analyzers []*analysis.Analyzer, found []*finding, ok bool) error {
	run := sarifRun{Invocations: []sarifInvocation{{ExecutionSuccessful: ok}}, Results: []sarifResult{}}
	v, sv := sarifVersion(ModuleVersion())
	run.Tool.Driver = sarifDriver{Name: "cbclint", Version: v, SemanticVersion: sv, InformationURI: repositoryURL}
	index := map[string]int{}
	for i, a := range analyzers {
		index[a.Name] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, ruleOf(a))
	}
	if o.wd != "" {
		root := (&url.URL{Scheme: "file", Path: filepath.ToSlash(o.wd) + "/"}).String()
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{srcRoot: {URI: root}}
	}
	files := newFileCache()
	for _, f := range found {
		d, fset := f.diag(), f.variants[0].act.Package.Fset
		src, _ := files.read(f.posn.Filename) // without it, columns stay in bytes
		end := fset.Position(d.End)
		if !d.End.IsValid() || end.Filename != f.posn.Filename {
			end = f.posn
		}
		r := sarifResult{
			RuleID:    f.check(),
			RuleIndex: index[f.check()],
			Level:     "warning",
			Message:   sarifMessage{d.Message},
			Locations: []sarifLocation{{sarifPhysicalLocation{o.artifact(f.posn.Filename), region(src, f.posn, end)}}},
		}
		for _, fix := range d.SuggestedFixes {
			edits, err := placeFix(fset, fix, files)
			if err != nil {
				continue // as in -json: a fix that cannot be placed in the user's file
			}
			sf := sarifFix{Description: sarifMessage{fix.Message}}
			for _, e := range edits {
				content, _ := files.read(e.user.file)
				rep := sarifReplacement{regionOf(content, e.user.start, e.user.end), sarifMessage{e.user.text}}
				if n := len(sf.ArtifactChanges); n > 0 && sf.ArtifactChanges[n-1].ArtifactLocation == o.artifact(e.user.file) {
					sf.ArtifactChanges[n-1].Replacements = append(sf.ArtifactChanges[n-1].Replacements, rep)
					continue
				}
				sf.ArtifactChanges = append(sf.ArtifactChanges, sarifArtifactChange{o.artifact(e.user.file), []sarifReplacement{rep}})
			}
			r.Fixes = append(r.Fixes, sf)
		}
		run.Results = append(run.Results, r)
	}
	b, err := json.MarshalIndent(sarifLog{"https://json.schemastore.org/sarif-2.1.0.json", "2.1.0", []sarifRun{run}}, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(o.out, "%s\n", b)
	return err
}

// artifact locates a file: relative to the working directory, or by its
// absolute file URI when it is outside it.
func (o *output) artifact(name string) sarifArtifactLocation {
	rel := o.rel(name)
	if filepath.IsAbs(rel) {
		return sarifArtifactLocation{URI: (&url.URL{Scheme: "file", Path: filepath.ToSlash(rel)}).String()}
	}
	return sarifArtifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: srcRoot}
}

// region is the region from start to end, Go positions (columns in bytes),
// with its columns in UTF-16 code units of the lines of src.
func region(src []byte, start, end token.Position) sarifRegion {
	return sarifRegion{start.Line, utf16Column(src, start), end.Line, utf16Column(src, end)}
}

// regionOf is the region of the bytes start:end of src.
func regionOf(src []byte, start, end int) sarifRegion {
	at := func(off int) token.Position {
		line := 1 + bytes.Count(src[:off], []byte("\n"))
		return token.Position{Line: line, Column: off - (bytes.LastIndexByte(src[:off], '\n') + 1) + 1}
	}
	return region(src, at(start), at(end))
}

// utf16Column converts the byte column of p to UTF-16 code units, 1-based.
func utf16Column(src []byte, p token.Position) int {
	off := offsetOf(src, p.Line, p.Column)
	if off < 0 {
		return p.Column
	}
	lineStart := off - (p.Column - 1)
	return len(utf16.Encode([]rune(string(src[lineStart:off])))) + 1
}

// repositoryURL is cbclint's repository, from its module path
// (github.com/cbclint/cbclint).
const repositoryURL = "https://github.com/cbclint/cbclint"

// readmeAnchors are the anchors of the README's section of each check, the
// one place that names them (TestREADMEAnchors holds them to the README's
// headings).
var readmeAnchors = map[string]string{
	"cbccode":   "cbccode-codes-cbc-never-sends",
	"cbcswitch": "cbcswitch-dispatches-that-miss-critical-codes",
	"cbcstatus": "cbcstatus-success-decided-by-http-status-alone",
}

// ReadmeURL is the address of the README's section of a check.
func ReadmeURL(check string) string {
	return repositoryURL + "/blob/main/README.md#" + readmeAnchors[check]
}

// ruleOf is the SARIF rule of a check, all from its documentation (the
// Analyzer's Doc, cut from its doc.go): the summary line, the paragraph after
// it (what it finds and why), and the whole of it as help, in text and in
// Markdown, with the check's settings and how to silence a finding.
func ruleOf(a *analysis.Analyzer) sarifRule {
	summary, _, _ := strings.Cut(a.Doc, "\n")
	var p comment.Parser
	doc := p.Parse(a.Doc)
	text := &comment.Printer{TextWidth: -1}
	md := &comment.Printer{HeadingLevel: 2}
	full := summary
	if len(doc.Content) > 1 {
		full = strings.TrimSpace(string(text.Text(&comment.Doc{Content: doc.Content[1:2]})))
	}
	helpText, helpMD := string(text.Text(doc)), string(md.Markdown(doc))
	var settings []string
	a.Flags.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		settings = append(settings, strings.TrimSpace(fmt.Sprintf("-%s.%s %s", a.Name, f.Name, name))+": "+usage)
	})
	if len(settings) > 0 {
		helpText += "\nSettings (golangci-lint: the same names without " + a.Name + "."
		helpMD += "\n## Settings\n\ngolangci-lint takes the same names without `" + a.Name + ".`.\n\n"
		helpText += "):\n"
		for _, s := range settings {
			helpText += "  " + s + "\n"
			flagName, usage, _ := strings.Cut(s, ": ")
			helpMD += "- `" + flagName + "`: " + usage + "\n"
		}
	}
	if ignore := "//cbclint:ignore " + a.Name; !strings.Contains(a.Doc, ignore) {
		silence := "Suppress a finding with " + ignore + " <reason> on its line or the line above."
		helpText += "\n" + silence + "\n"
		helpMD += "\nSuppress a finding with `" + ignore + " <reason>` on its line or the line above.\n"
	}
	helpText += "\nMore: " + ReadmeURL(a.Name) + "\n"
	helpMD += "\nMore: [the README's section on " + a.Name + "](" + ReadmeURL(a.Name) + ")\n"
	return sarifRule{
		ID:                   a.Name,
		ShortDescription:     sarifMessage{summary},
		FullDescription:      sarifMessage{full},
		Help:                 sarifMultiformat{helpText, helpMD},
		HelpURI:              ReadmeURL(a.Name),
		DefaultConfiguration: sarifConfiguration{"warning"},
	}
}

// sarifVersion is the driver's version and semantic version (SemVer 2.0,
// without the v) for a module version: a release (v0.1.0), a pseudo-version,
// or (devel) in a checkout, which comes before every release.
func sarifVersion(v string) (version, semantic string) {
	if semver.IsValid(v) {
		return v, strings.TrimPrefix(v, "v")
	}
	return v, "0.0.0-devel"
}

// ModuleVersion is cbclint's module version from the build info: "(devel)"
// in a checkout, "v1.2.3" when built by go install ...@v1.2.3.
func ModuleVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
