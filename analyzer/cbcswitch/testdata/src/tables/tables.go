// Package tables dispatches on CBC codes through map literals: tables of
// functions or errors are dispatches; tables of messages, sets of codes and
// back-off times are data.
package tables

import (
	"context"
	"errors"
	"fmt"
	"time"

	"cbccodes"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

var (
	ErrTopUp       = errors.New("insufficient balance: top up the partner account")
	ErrOrderClosed = errors.New("the order can no longer be paid")
	ErrRetryLater  = errors.New("retry later")
	ErrReauth      = errors.New("token expired: refresh credentials")
)

func topUp(ctx context.Context, orderID string) error        { return ErrTopUp }
func orderClosed(ctx context.Context, orderID string) error  { return ErrOrderClosed }
func retryLater(ctx context.Context, orderID string) error   { return ErrRetryLater }
func refreshToken(ctx context.Context, orderID string) error { return ErrReauth }

// onPayError is the usual shape: a package-level table of handlers, looked up
// with the code of the SDK's error. It forgets the payment in progress.
var onPayError = map[string]func(ctx context.Context, orderID string) error{ // want `^map dispatch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.99000088 \(payment is being processed: never pay again\), required because CBC\.5003 is handled$`
	"CBC.5003":     topUp,
	"CBC.3106":     orderClosed,
	"CBC.99003106": orderClosed,
	"CBC.0154":     refreshToken,
	"CBC.0250":     retryLater,
}

func PayOrder(ctx context.Context, client *bss.BssClient, orderID string) error {
	_, err := client.PayOrders(&model.PayOrdersRequest{Body: &model.PayCustomerOrderV3Req{OrderId: orderID}})
	var se *sdkerr.ServiceResponseError
	if !errors.As(err, &se) {
		return err
	}
	if handle, ok := onPayError[se.ErrorCode]; ok {
		return handle(ctx, orderID)
	}
	return err
}

// payErrors translates codes into the service's errors; the older twin of
// "order status changed" is missing, and so are the critical codes.
var payErrors = map[string]error{ // want `^map dispatch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.3106 \(The order status has changed and no payment can be made\), required because its twin CBC\.99003106 is handled: handle both alike; CBC\.99000088 .*, required because CBC\.5003 is handled$`
	"CBC.5003":     ErrTopUp,
	"CBC.99003106": ErrOrderClosed,
}

// A named func type, keys of a named string type given through constants of
// another package and of this one.
type (
	Code     string
	recovery func(resourceIDs []string) error
)

const InProgress Code = "CBC.99003651"

var onUnsubscribeError = map[Code]recovery{ // want `^map dispatch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.5020 \(partial failure, returned with HTTP 200: inspect the per-item results\), required because CBC\.99003651 is handled$`
	InProgress:                           func(ids []string) error { return ErrRetryLater },
	Code(cbccodes.ResourcesUnsubscribed): func(ids []string) error { return nil },
	"CBC.99003124":                       func(ids []string) error { return nil },
}

func Unsubscribe(client *bss.BssClient, ids []string) error {
	_, err := client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{Body: &model.UnsubscribeResourcesReq{ResourceIds: ids, UnsubscribeType: 1}})
	var se *sdkerr.ServiceResponseError
	if !errors.As(err, &se) {
		return err
	}
	if r, ok := onUnsubscribeError[Code(se.ErrorCode)]; ok {
		return r(ids)
	}
	return err
}

// A named map type, a concrete error type, and a table built inside a function.
type BillingError struct {
	Code  string
	Retry bool
}

func (e *BillingError) Error() string { return "billing: " + e.Code }

type errorTable map[string]*BillingError

func renewErrors() errorTable {
	return errorTable{ // want `^map dispatch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.5020 .*, required because CBC\.30050013 is handled$`
		"CBC.30050013": {Code: "CBC.30050013"},
		"CBC.0250":     {Code: "CBC.0250", Retry: true},
	}
}

// A table of tables: the inner literal, whose type is elided, is the dispatch.
var byOperation = map[string]map[string]error{
	"pay": { // want `^map dispatch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
		"CBC.5003": ErrTopUp,
	},
}

// A table in a struct field, with a constant expression for a key.
type Payer struct {
	client *bss.BssClient
	onErr  map[string]func(error) error
}

func NewPayer(client *bss.BssClient) *Payer {
	return &Payer{client: client, onErr: map[string]func(error) error{ // want `^map dispatch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.99000088 .*, required because CBC\.5003 is handled$`
		cbccodes.InsufficientBalance: func(error) error { return ErrTopUp },
		cbccodes.TokenExpired:        func(error) error { return ErrReauth },
		"CBC." + "0250":              func(err error) error { return fmt.Errorf("%w: %v", ErrRetryLater, err) },
	}}
}

// A function that tells its caller how to go on, with a struct rather than
// an error (terraform's retry.RetryError), is a reaction too.
type RetryError struct {
	Err       error
	Retryable bool
}

var onDeleteError = map[string]func(err error) *RetryError{ // want `^map dispatch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.5020 .*, required because CBC\.99003651 is handled$`
	"CBC.99003651": func(err error) *RetryError { return &RetryError{Err: err, Retryable: true} },
	"CBC.30000067": func(err error) *RetryError { return nil },
}

// Left alone:

// complete handles everything a payment table must.
var complete = map[string]error{
	"CBC.5003":     ErrTopUp,
	"CBC.99000088": nil, // being processed: poll the order, never pay again
	"CBC.3106":     ErrOrderClosed,
	"CBC.99003106": ErrOrderClosed,
	"CBC.0154":     ErrReauth,
	"CBC.0250":     ErrRetryLater,
	"APIGW.0308":   ErrRetryLater,
	"APIG.0308":    ErrRetryLater,
}

// Messages shown to the customer: data, not a reaction.
var messages = map[string]string{
	"CBC.5003":     "Your balance is insufficient. Top up and pay again.",
	"CBC.99003106": "The order can no longer be paid.",
}

// Sets of codes, as terraform-provider-huaweicloud keeps them.
var retryable = map[string]bool{
	"CBC.99003651": true,
	"CBC.0250":     true,
}

var operateErrorCode = map[string]struct{}{
	"CBC.99003651": {},
	"DMS.00400026": {},
}

// Back-off times are data too.
var backoff = map[string]time.Duration{
	"CBC.0250":     time.Minute,
	"CBC.99000088": 10 * time.Second,
}

// Functions that only compute a value (a back-off time, a message, whether to
// retry) are data computed per code, like the maps above: a reaction acts (no
// results) or says how the operation ended (an error).
var backoffFor = map[string]func(attempt int) time.Duration{
	"CBC.0250":     func(n int) time.Duration { return time.Duration(1<<n) * time.Second },
	"CBC.99003651": func(int) time.Duration { return 30 * time.Second },
}

var explainTo = map[string]func(orderID string) string{
	"CBC.5003": func(id string) string { return "top up, then pay order " + id + " again" },
}

var shouldRetry = map[string]func(attempt int) bool{
	"CBC.0250":     func(n int) bool { return n < 5 },
	"CBC.99003651": func(n int) bool { return n < 30 },
}

// Handlers keyed by something other than CBC codes.
var byOperationName = map[string]func(ctx context.Context, orderID string) error{
	"pay":   topUp,
	"close": orderClosed,
}

var otherService = map[string]error{
	"DCS.4026": ErrRetryLater,
	"DCS.4049": ErrRetryLater,
}

// Success is not an error code.
var onSuccess = map[string]func(ctx context.Context, orderID string) error{
	"CBC.0000": func(ctx context.Context, orderID string) error { return nil },
}

// A key known only at run time may be any code.
func configured(retryCode string) map[string]error {
	return map[string]error{
		retryCode:  ErrRetryLater,
		"CBC.5003": ErrTopUp,
	}
}

// An empty table is filled elsewhere.
var registered = map[string]func(error) error{}

// A deliberately partial table, suppressed with a reason.
//
//cbclint:ignore cbcswitch only verification codes reach this table; the client retries and refreshes before
var verification = map[string]error{
	"CBC.7152":     errors.New("wrong verification code"),
	"CBC.99000026": errors.New("wrong verification code"),
}
