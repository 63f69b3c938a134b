package catalog

// excerptRunes is how much of a quoted text a message keeps.
const excerptRunes = 40

// Excerpt returns s cut to 40 characters, the last an ellipsis where it was cut,
// for messages that quote source text or user input: a message stays one
// readable line even when the literal it quotes holds megabytes.
func Excerpt(s string) string { return Cut(s, excerptRunes) }

// Cut returns s cut to n characters (n ≥ 1), the last an ellipsis where it was cut.
func Cut(s string, n int) string {
	count, cut := 0, 0
	for i := range s {
		if count == n-1 {
			cut = i
		}
		if count == n {
			return s[:cut] + "…"
		}
		count++
	}
	return s
}
