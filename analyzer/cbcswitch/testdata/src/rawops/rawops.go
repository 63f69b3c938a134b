// Package rawops sends CBC requests itself and decodes the replies: the path
// the function sends to names the operation; a code read from an element of
// fail_resource_infos is an item's, any other the whole request's.
package rawops

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
)

const renewURL = "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew"

type renewReply struct {
	ErrorCode         string `json:"error_code"`
	ErrorMsg          string `json:"error_msg"`
	FailResourceInfos []struct {
		ResourceID string `json:"resource_id"`
		ErrorCode  string `json:"error_code"`
		ErrorMsg   string `json:"error_msg"`
	} `json:"fail_resource_infos"`
}

var ErrRetry = errors.New("retry later")

func Renew(ids []string) error {
	body, _ := json.Marshal(map[string]any{"resource_ids": ids, "period_type": 2, "period_num": 1})
	resp, err := http.Post(renewURL, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var reply renewReply
	if err := json.NewDecoder(resp.Body).Decode(&reply); err != nil {
		return err
	}
	switch reply.ErrorCode { // want `^switch on CBC code of a RenewalResources reply misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.5020 \(.*\), critical for RenewalResources$`
	case "":
	case "CBC.0250":
		return ErrRetry
	default:
		return fmt.Errorf("renewal: %s", reply.ErrorMsg)
	}
	var errs []error
	for _, f := range reply.FailResourceInfos {
		switch f.ErrorCode {
		case "CBC.99003144":
			log.Printf("%s: an order is in progress", f.ResourceID)
		case "CBC.99003100":
			errs = append(errs, fmt.Errorf("%s is in an unpaid order", f.ResourceID))
		default:
			errs = append(errs, fmt.Errorf("%s: %s", f.ResourceID, f.ErrorMsg))
		}
	}
	return errors.Join(errs...)
}
