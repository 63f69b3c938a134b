package generated

const realCode = "CBC.99003615" // want `unknown CBC error code CBC.99003615`
