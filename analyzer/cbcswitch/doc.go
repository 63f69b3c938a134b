// Package cbcswitch defines an Analyzer that reports dispatches on CBC error
// codes that miss the codes needing a specific reaction.
//
// # Analyzer cbcswitch
//
// cbcswitch: report switches, if chains and maps on CBC error codes that miss critical codes
//
// What it finds: a dispatch on CBC (Huawei Cloud Cost & Billing Center) error
// codes that does not handle a critical code. One finding per dispatch, at its
// switch or if keyword or at the map's type, lists the missing codes, each
// with its reason and, for codes required by topic and for twins, the handled
// code that made it required:
//
//	switch on CBC code misses CBC.99000088 (payment is being processed: never pay again), required because CBC.5003 is handled
//
// The catalog says which codes are critical: some everywhere (CBC.0154
// invalid or expired token, CBC.0250 throttling), some where the dispatch
// handles a code of certain topics (CBC.99000088 payment in progress where
// payment codes are handled, CBC.5020 partial failure where renewal,
// unsubscription or billing-mode codes are handled, CBC.99007461 a fund task
// in progress where funds codes are handled). A dispatch that handles one
// code of a twin group (CBC.3106 and CBC.99003106: the same condition, an
// older HTTP-200 and a newer HTTP-400 code) must handle the others. cbclint
// -explain CBC.x shows a code's topics, criticality and twins.
//
// Throttling is one concern whoever answers: CBC (CBC.0250) or the API
// gateway in front of it (APIGW.0308, which Huawei's FAQ also writes
// APIG.0308, HTTP 429). A dispatch that handles one throttling code, or must
// handle CBC.0250, must handle the others alike.
//
// When the code shows which operation's reply the switched code comes from,
// cbcswitch knows the operation and where in the reply the code sits:
//
//   - a failed item's code: *f.ErrorCode where f ranges over (or indexes)
//     resp.FailResourceInfos of an SDK response (ErrorDetails,
//     ToOndemandServiceResults alike), or an element of fail_resource_infos
//     of a reply the function decoded itself;
//   - the whole request's code: se.ErrorCode of the *sdkerr.ServiceResponseError
//     an SDK call returned (errors.As, a type assertion or a type switch on
//     its err), the ErrorCode field of an SDK response, of a chnsz/golangsdk
//     result (orders.Unsubscribe(...).Extract()), or of a reply the function
//     decoded from a request to a path of the operations table
//     (https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew),
//     when the function names that one operation's path.
//
// Then the dispatch must handle that operation's critical codes too (those
// scoped to the topics of the codes its own documentation page lists:
// CBC.5020 for RenewalResources even where no renewal code is handled), and
// is never asked for a code the operation cannot return there: a code of the
// whole request (token, throttling, CBC.5020 partial failure, the gateway's
// codes) is never a failed item's, and where the operation's page gives its
// complete table, a code it lacks never comes. The finding names the
// operation ("switch on CBC code of a failed item of RenewalResources", "of
// a RenewalResources reply"). The catalog has status tables for 19
// operations, 7 of them complete (cbclint -explain RenewalResources shows
// one). A per-item dispatch over RenewalResources' failures that handles
// the codes of its page and has a default is therefore silent, where
// without the operation it would be asked for CBC.0154, CBC.0250, CBC.3144,
// CBC.5020 and CBC.99000088, none of which a renewal's failed item carries.
// Where the code does not show the operation (an error handed in as a
// parameter, a code looked up in a map), the rule above stands unchanged.
//
// A dispatch is:
//
//   - an expression switch with at least one CBC error code among its case
//     values (a literal, a named constant from any package or a constant
//     expression), whatever the tag;
//   - a tagless switch whose cases compare one operand with CBC codes, and an
//     if/else-if chain with two or more branches that do, when every other
//     case or condition is a nil check (se == nil, err != nil): one like
//     isThrottled(se) may handle any code, so such a dispatch is left alone;
//   - a dispatch table: a map literal with at least one CBC error code among
//     its constant keys, whose values are errors or functions, outside test
//     files. Maps to strings, bools, struct{} or durations, and to functions
//     that return only such values, are data, not reactions.
//
// A dispatch whose cases or keys hold no CBC code, or only CBC.0000
// (success), one with a case value or key known only at run time, and an
// empty table are never reported. A malformed spelling ("cbc.0250") counts as
// the code it means; cbccode reports it.
//
// Why it matters: a program that forgets these codes fails in the worst way:
// it pays again while a payment is still being processed, it hammers a
// throttled API, it reports a partial failure as success.
//
// How to fix: add a branch for each missing code that does what the reason
// says. The suggested fix adds the branches without changing what the
// program does today, each with a TODO(cbcswitch) comment giving the reason,
// for you to fill in: in a switch, a new case in front of the default holds
// only fallthrough (without a default, it is empty); an if/else chain gets a
// new empty branch at its end, or, when its final else is one statement on
// one line, a new branch holding a copy of that statement. A longer else, and
// a map, get no fix: only their author knows what the branch must do. New
// branches name the code by a constant the package or an import declares for
// it, else by the literal.
//
// How to silence: //cbclint:ignore cbcswitch <reason> on the reported line
// (that of the switch or if keyword, or of the map's type: for a
// package-level table, its var line) or the line above. Findings in generated
// files are not reported unless -include-generated is set.
//
// Settings: -cbcswitch.default-handles makes a default clause (a final else,
// a table's fallback) count as handling critical codes; it never counts for
// twins, nor for the throttling codes alike with a handled one.
// -cbcswitch.critical changes the critical set without a rebuild:
// +CBC.x adds a code everywhere, +CBC.x:topic|topic for dispatches that handle
// those topics, -CBC.x removes it. A catalog file (-catalog-file) can do the
// same with its "critical" field.
//
// # How it works
//
// dispatch.go finds the dispatches in the syntax tree (table.go reads map
// literals) and reads their case values and keys as constants (go/types
// values, so constants of other packages and constant expressions count);
// required.go asks the catalog which codes the handled ones make required
// (critical codes, by topic, and twins), with the critical set the
// -cbcswitch.critical setting chose (critical.go); fix.go builds the branches
// with the edit helpers of internal/check, naming codes as names.go finds
// them.
//
// A new condition of a tagless switch or an if chain compares the operand
// once more, so it is offered only where that reads a variable, a field or a
// pointer's target again (not a call), every other condition is tried first
// (a tagless switch's default is last or absent), and no else-if has an init
// statement that could change or shadow the operand. A constant's name is
// used for a new case only where it is not shadowed and fits the operand's
// type (a typed constant is not compared with a string). Every fix is tested
// by applying it and compiling the result.
package cbcswitch
