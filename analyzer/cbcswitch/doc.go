// Package cbcswitch defines an Analyzer that reports dispatches on CBC error
// codes that miss the codes needing a specific reaction.
//
// # Analyzer cbcswitch
//
// cbcswitch: report switches, if chains and maps on CBC error codes that miss critical codes
//
// A program that dispatches on a CBC (Huawei Cloud Cost & Billing Center)
// error code and forgets the codes that need a specific reaction fails in the
// worst way: it pays again while a payment is still being processed, it
// hammers a throttled API, it reports a partial failure as success. cbcswitch
// finds the dispatches that miss them:
//
//   - an expression switch with at least one CBC error code among its case
//     values, written as a literal, a named constant from any package or a
//     constant expression, whatever the tag (se.ErrorCode, a helper's result,
//     a local variable);
//   - a tagless switch whose cases compare one operand with CBC codes
//     (case code == "CBC.5003" || code == "CBC.3106"), and an if/else-if
//     chain with two or more branches that do. Every other case or condition
//     must be a nil check (se == nil, err != nil): one like isThrottled(se),
//     strings.HasPrefix(code, "CBC.0") or resp.StatusCode == 429 may handle
//     any code, so such a dispatch is left alone. Separate if statements and a
//     single if (a predicate such as isRetryable) are not dispatches;
//   - a dispatch table: a map literal with at least one CBC error code among
//     its keys, every key a constant (read as switch cases are, also of a
//     named string type), whose values are errors or functions (also of a
//     named func type).
//
// A dispatch table is usually a package-level variable, looked up with the
// code of the SDK's error:
//
//	var onPayError = map[string]func(ctx context.Context, orderID string) error{
//		"CBC.5003": topUp,
//		"CBC.0250": retryLater,
//	}
//
// Maps to strings, bools, struct{} or durations are data (messages, sets of
// codes, back-off times), not reactions, and so are maps to functions that
// return only such plain values (func(attempt int) time.Duration); they are
// left alone, as are maps in test files, which list test cases (a code and
// the error a test expects).
// The lookup that misses falls back to other code: that is the table's
// default.
//
// A dispatch whose cases or keys hold no CBC code, or only CBC.0000
// (success), is never reported, nor is one with a case value or key known only
// at run time, nor an empty table (it is filled elsewhere). A malformed
// spelling ("cbc.0250") counts as the code it means; cbccode reports it.
//
// The catalog says which codes are critical, each with a reason: some
// everywhere (CBC.0154 invalid or expired token, CBC.0250 throttling), some
// where the dispatch handles a code of certain topics (CBC.99000088 payment in
// progress where payment codes are handled, CBC.5020 partial failure where
// renewal, unsubscription or billing-mode codes are handled, CBC.99007461 a
// fund task in progress where funds codes are handled). A dispatch that
// handles one code of a twin group (CBC.3106 and CBC.99003106: the same
// condition, an older HTTP-200 and a newer HTTP-400 code) must handle the
// others. Run cbclint -catalog to see topics, critical codes and twins, and
// cbclint -explain CBC.x for one code.
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
// One finding per dispatch, at its switch or if keyword or at the map's type,
// lists the missing codes, sorted, each with its reason and, for topic-scoped
// codes and twins, the handled code that made it required:
//
//	switch on CBC code misses CBC.99000088 (payment is being processed: never pay again), required because CBC.5003 is handled
//
// A default clause (a final else, a table's fallback) does not count as
// handling a critical code unless -cbcswitch.default-handles is set; it never
// counts for twins, nor for the throttling codes alike with a handled one.
// -cbcswitch.critical changes the critical set without a rebuild: +CBC.x adds
// a code everywhere, +CBC.x:topic|topic for dispatches that handle those
// topics, -CBC.x removes it; a catalog file (-catalog-file) can do the same
// with its "critical" field.
//
// The suggested fix adds a branch for each missing code without changing what
// the program does, each with a TODO comment with the reason, and is offered
// only where such a fix exists:
//
//   - a switch: in front of an existing default clause the new case holds
//     only fallthrough, so the code still reaches the default; without a
//     default the new case is empty, as the switch did nothing for the code
//     before;
//   - an if/else chain without a final else: a new empty branch at its end
//     (else if code == "CBC.0250" {}), as the chain did nothing for the code;
//   - an if/else chain whose final else is one statement on one line
//     (return err): a new branch in front of the else holding a copy of that
//     statement, so the code still gets what the else does. A longer else, or
//     one with a goto, gets no fix: if has no fallthrough, and copying a block
//     into every new branch is worse than the finding;
//   - a map: no fix; a table entry must say what to do, and only its author
//     knows.
//
// New cases and branches name the code by a constant the package, or a package
// the file imports, declares for it (CodeThrottled, cbccodes.Throttled), where
// that name is not shadowed and fits the operand's type; else by the literal.
//
// New conditions of a tagless switch or an if chain compare the operand once
// more, so they are offered only where that reads a variable, a field or a
// pointer's target again (not a call), every other condition is tried first
// (a tagless switch's default is last or absent), and no else-if has an init
// statement that could change or shadow the operand.
//
// Generated files are skipped unless -include-generated is set. Suppress a
// finding with //cbclint:ignore cbcswitch <reason> on the reported line (that
// of the switch or if keyword, or of the map's type: for a package-level
// table, its var line) or the line above.
package cbcswitch
