package ambiguous

// Both fixes are offered, in order; the message says they are equally close.
const throttledOrPartial = "CBC.0520" // want `unknown CBC error code CBC.0520: 2 documented codes are equally close: CBC.0250 \(Connection request control triggered\) or CBC.5020 \(Partial failure\); pick the one CBC returns`
