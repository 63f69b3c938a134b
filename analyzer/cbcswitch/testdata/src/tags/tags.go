// Package tags: the dispatch is found whatever is switched on, and in its
// tagless and if/else forms.
package tags

import (
	"errors"
	"strings"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
)

var ErrTopUp = errors.New("insufficient balance")

// errorCode is the usual helper around the SDK's error type.
func errorCode(err error) string {
	var se *sdkerr.ServiceResponseError
	if errors.As(err, &se) {
		return se.ErrorCode
	}
	return ""
}

func onField(err error) error {
	se, ok := err.(*sdkerr.ServiceResponseError)
	if !ok {
		return err
	}
	switch se.ErrorCode { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
	case "CBC.5003":
		return ErrTopUp
	}
	return err
}

func onHelper(err error) error {
	switch errorCode(err) { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
	case "CBC.5003":
		return ErrTopUp
	}
	return err
}

func onLocal(err error) error {
	code := strings.TrimSpace(errorCode(err))
	switch code { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
	case "CBC.5003":
		return ErrTopUp
	}
	return err
}

func onInit(err error) error {
	switch code := errorCode(err); code { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
	case "CBC.5003":
		return ErrTopUp
	}
	return err
}

func tagless(se *sdkerr.ServiceResponseError) error {
	switch { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
	case se.ErrorCode == "CBC.5003":
		return ErrTopUp
	case se.ErrorCode == "CBC.0250" || "CBC.3106" == se.ErrorCode || se.ErrorCode == "CBC.99003106":
		return se
	}
	return nil
}

func ifElseChain(err error) error {
	code := errorCode(err)
	if code == "CBC.5003" { // want `^if/else chain on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
		return ErrTopUp
	} else if code == "CBC.99003110" {
		return errors.New("order expired: submit it again")
	}
	return err
}

// guardedChain starts with a nil check, which handles no code.
func guardedChain(err error) error {
	if err == nil { // want `^if/else chain on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*$`
		return nil
	} else if code := errorCode(err); code == "CBC.7152" {
		return errors.New("wrong code")
	} else if code == "CBC.99004008" {
		return errors.New("invalid code")
	}
	return err
}
