package ambiguous

// No fix: the message names both codes and says how to add the code to a
// catalog file, should CBC send it.
const throttledOrPartial = "CBC.0520" // want `unknown CBC error code CBC.0520: 2 documented codes are equally close: CBC.0250 \(Connection request control triggered\) or CBC.5020 \(Partial failure\); pick the one CBC returns, or if CBC does send CBC.0520, add it to a catalog file \(-catalog-file\)`
