// Package chains: if/else chains on the CBC code get a fix where one keeps
// behaviour: empty branches without a final else, a copy of a one-statement
// final else in front of it, none otherwise.
package chains

import (
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

var (
	ErrTopUp       = errors.New("insufficient balance: top up the partner account")
	ErrOrderClosed = errors.New("the order can no longer be paid")
	ErrRetryLater  = errors.New("retry later")
)

// Without a final else the chain does nothing for other codes: the fix adds
// empty branches.
func payOutcome(client *bss.BssClient, orderID string) error {
	_, err := client.PayOrders(&model.PayOrdersRequest{Body: &model.PayCustomerOrderV3Req{OrderId: orderID}})
	var se *sdkerr.ServiceResponseError
	if !errors.As(err, &se) {
		return err
	}
	if se.ErrorCode == "CBC.5003" { // want `^if/else chain on CBC code of a PayOrders reply misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
		return ErrTopUp
	} else if se.ErrorCode == "CBC.3106" || se.ErrorCode == "CBC.99003106" {
		return ErrOrderClosed
	}
	return err
}

// A final else of one statement is copied into each new branch, so the
// missing codes still get what they got before.
func unsubscribeOutcome(client *bss.BssClient, ids []string) (time.Duration, error) {
	_, err := client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{Body: &model.UnsubscribeResourcesReq{ResourceIds: ids, UnsubscribeType: 1}})
	se, ok := err.(*sdkerr.ServiceResponseError)
	if !ok {
		return 0, err
	}
	if code := se.ErrorCode; code == "CBC.99003651" { // want `^if/else chain on CBC code of a CancelResourcesSubscription reply misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.5020 .*, required because CBC\.99003651 is handled$`
		return 30 * time.Second, nil // an operation on the instance is in progress
	} else if code == "CBC.3124" || code == "CBC.99003124" {
		return 0, nil // already unsubscribed
	} else if code == "CBC.0250" {
		return time.Minute, nil
	} else {
		return 0, fmt.Errorf("unsubscribe %v: %w", ids, err) // the caller gives up
	}
}

// A nil check in the chain: the new branches come after it.
func withNilCheck(se *sdkerr.ServiceResponseError) error {
	if se == nil { // want `^if/else chain on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.3106 .*, required because its twin CBC\.99003106 is handled: handle both alike; CBC\.99000088 .*, required because CBC\.99003106 is handled$`
		return nil
	} else if se.ErrorCode == "CBC.99003106" {
		return ErrOrderClosed
	} else if se.ErrorCode == "CBC.0154" || se.ErrorCode == "CBC.0250" {
		return ErrRetryLater
	} else {
		log.Printf("pay order: %v", se)
	}
	return se
}

// The per-item results of a batch operation carry the code as *string: the
// new branches read it again after the nil check.
func itemOutcome(d model.ErrorDetail) error {
	if d.ErrorCode == nil { // want `^if/else chain on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.5020 .*, required because CBC\.99003651 is handled$`
		return nil
	} else if *d.ErrorCode == "CBC.99003651" {
		return ErrRetryLater
	} else if *d.ErrorCode == "CBC.3124" || *d.ErrorCode == "CBC.99003124" {
		return nil
	}
	return fmt.Errorf("resource %s: %s", *d.Id, *d.ErrorCode)
}

// No fix:

// A longer final else would have to be copied into every new branch.
func longElse(se *sdkerr.ServiceResponseError) error {
	if se.ErrorCode == "CBC.5003" { // want `^if/else chain on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
		return ErrTopUp
	} else if se.ErrorCode == "CBC.3106" || se.ErrorCode == "CBC.99003106" {
		return ErrOrderClosed
	} else {
		log.Printf("pay order: %v", se)
		return se
	}
}

// A final else on several lines would be copied as a block.
func multiLineElse(se *sdkerr.ServiceResponseError) error {
	if se.ErrorCode == "CBC.5003" { // want `^if/else chain on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
		return ErrTopUp
	} else if se.ErrorCode == "CBC.3106" || se.ErrorCode == "CBC.99003106" {
		return ErrOrderClosed
	} else {
		return fmt.Errorf("pay order %s: %w",
			se.RequestId, se)
	}
}

// The operand is a call: comparing it once more calls it once more.
func codeOf(err error) string {
	var se *sdkerr.ServiceResponseError
	if errors.As(err, &se) {
		return se.ErrorCode
	}
	return ""
}

func byCall(err error) error {
	if codeOf(err) == "CBC.5003" { // want `^if/else chain on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
		return ErrTopUp
	} else if codeOf(err) == "CBC.3106" || codeOf(err) == "CBC.99003106" {
		return ErrOrderClosed
	}
	return err
}

// An else-if with an init statement could shadow or change the operand.
func withInit(se *sdkerr.ServiceResponseError) error {
	code := se.ErrorCode
	if code == "CBC.5003" { // want `^if/else chain on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
		return ErrTopUp
	} else if code := se.ErrorMessage; code == "CBC.3106" || code == "CBC.99003106" {
		return ErrOrderClosed
	}
	return se
}

// A final goto is not copied: a copy may jump where the original cannot.
func withGoto(codes []string) {
	for _, code := range codes {
		if code == "CBC.5003" { // want `^if/else chain on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
			log.Print("top up")
		} else if code == "CBC.3106" || code == "CBC.99003106" {
			log.Print("closed")
		} else {
			goto failed
		}
	}
	return
failed:
	log.Print("unknown code")
}
