package catalog

// excerptRunes is how much of a quoted text a message keeps.
const excerptRunes = 40

// Excerpt returns s cut to 40 characters, the last an ellipsis where it was cut,
// for messages that quote source text or user input: a message stays one
// readable line even when the literal it quotes holds megabytes.
func Excerpt(s string) string {
	n, cut := 0, 0
	for i := range s {
		if n == excerptRunes-1 {
			cut = i
		}
		if n == excerptRunes {
			return s[:cut] + "…"
		}
		n++
	}
	return s
}
