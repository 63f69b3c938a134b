// Package cbccode defines an Analyzer that reports unknown or mistyped CBC
// error codes in string constants.
//
// # Analyzer cbccode
//
// cbccode: report CBC error codes that CBC never sends
//
// What it finds: string constants (literals and constant expressions such as
// prefix + "5003") that are meant as CBC error codes but are not codes CBC
// sends.
//
//   - A value that as a whole looks like a code but is malformed ("cbc.0250",
//     "CBC3002", "CBC-5003", "CBC.O150" with the letter O, " CBC.5003") is
//     reported with the code it means.
//   - A well-formed code that is not in the catalog ("CBC.99003615", or
//     "CBC.025" one digit short) is reported with the nearest known codes,
//     swapped adjacent digits first; when none is close, the message says how
//     to add the code to the catalog.
//   - Inside longer strings ("failed with CBC.5003: top up") only well-formed
//     codes are checked. Cipher names such as "aes-256-cbc" or "DES-CBC3-SHA"
//     are not codes.
//
// The API gateway in front of CBC throttles with codes of its own
// ({"error_code": "APIGW.0308"} with HTTP 429; Huawei's FAQ writes
// APIG.0308). They are checked like CBC's where the catalog is sure: a
// malformed form of a known one ("apigw.0308", "APIG-0308") and one a digit
// short or long ("APIGW.308") are reported with a fix. A well-formed gateway
// code the catalog lacks ("APIG.2000", "APIGW.0301") is left alone: the
// gateway has many codes and the catalog holds only its throttling.
//
// A code compared with the reply of a known operation is reported when that
// operation never returns it: the operation's page has a complete status
// table that lacks the code, not every operation can return it (parameter
// errors, access denied, token, throttling), and another operation's page
// lists it. case "CBC.99003649" (trial services cannot be unsubscribed from)
// in a switch over RenewalResources' failed items never matches. The
// operation is told from the SDK's types: a field of a *model.XxxResponse of
// services/bss/v2 (or bssintl), of an element of its failed-items list, or
// of the *sdkerr.ServiceResponseError an SDK call returned. No fix is
// offered: which code was meant is not certain. cbclint -explain OPERATION
// prints the operation's table.
//
// Why it matters: CBC (Huawei Cloud's Cost & Billing Center API) reports
// errors as {"error_code": "CBC.5003", "error_msg": "Insufficient balance."}.
// Code that compares error codes with a mistyped constant never matches, so
// the error it was meant to handle falls through silently.
//
// How to fix: write the code CBC sends. A suggested fix rewrites the literal
// when the code meant is certain: a malformed form whose repair is a known
// code; a code with a number of digits no known code has and exactly one known
// code a digit away; a swap of two adjacent digits of one known code with no
// other known code within a wrong digit and a swap. No fix is offered that
// would make two cases of a switch, two keys of a map literal, or two
// comparisons of one expression in a chain of || or && equal; the finding then
// says which case, entry or comparison is dead. Any other unknown code may be
// real: the message names the candidates, and if CBC does send it, add it to a
// catalog file (-catalog-file). cbclint -explain CBC.x says what the catalog
// knows about a code.
//
// How to silence: //cbclint:ignore cbccode <reason> on the reported line or
// the line above. Findings in generated files are not reported unless
// -include-generated is set.
//
// Settings: none of its own; -catalog-file adds or changes codes.
//
// # How it works
//
// Every string constant of the package is checked once: literals, and the
// values of constant expressions at their declaration. A code is "CBC." and 3
// to 10 digits (the catalog's have 4 or 8); three digits only after a dot.
// Malformed forms are normalised by catalog.Normalize; unknown codes are
// ranked by catalog's nearest-code search, which -explain uses too. The fix
// policy (when a fix is certain) is measured over every mistyped form of
// every catalog code by TestFixPolicy (policy_test.go), whose table is in
// docs/cbccode.md. A fix of a constant's declaration counts its uses in
// switches and maps of the same package; uses in other packages are not
// seen.
package cbccode
