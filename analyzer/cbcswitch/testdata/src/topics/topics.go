// Package topics: a critical code scoped to topics is asked for only where
// the dispatch handles a code of one of them.
package topics

import (
	"errors"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

var ErrBadCode = errors.New("the verification code is wrong or expired")

// SendCode handles verification-code errors: it is not asked for the payment
// or batch-operation codes, only for those critical everywhere.
func SendCode(client *bss.BssClient, phone string) error {
	_, err := client.SendVerificationMessageCode(&model.SendVerificationMessageCodeRequest{
		Body: &model.SendVerificationCodeV2Req{ReceiverType: 1, MobilePhone: &phone},
	})
	se, ok := err.(*sdkerr.ServiceResponseError)
	if !ok {
		return err
	}
	switch se.ErrorCode { // want `^switch on CBC code of a SendVerificationMessageCode reply misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 \(invalid or expired token: refresh credentials\); CBC\.0250 \(request throttled: back off and retry\)$`
	case "CBC.7152", "CBC.99000026", "CBC.99004008":
		return ErrBadCode
	case "CBC.99000082", "CBC.99004015":
		return errors.New("too many verification codes requested today")
	}
	return err
}

// Renew handles renewal codes: the batch operation's partial failure, which
// comes with HTTP 200, is required; the payment code is not.
func Renew(client *bss.BssClient, ids []string) error {
	_, err := client.RenewalResources(&model.RenewalResourcesRequest{
		Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1, ExpirePolicy: 1},
	})
	se, ok := err.(*sdkerr.ServiceResponseError)
	if !ok {
		return err
	}
	switch se.ErrorCode { // want `^switch on CBC code of a RenewalResources reply misses CBC\.5020 \(partial failure, returned with HTTP 200: inspect the per-item results\), required because CBC\.30050013 is handled$`
	case "CBC.30050013", "CBC.99003638", "CBC.3638":
		return errors.New("these resources cannot be renewed")
	case "CBC.0154", "CBC.0250", "APIGW.0308", "APIG.0308":
		return err
	}
	return err
}

// billingMode: "pay-per-use" does not make a code a payment code.
func billingMode(code string) bool {
	switch code { // want `^switch on CBC code misses CBC\.5020 \(partial failure, returned with HTTP 200: inspect the per-item results\), required because CBC\.99003609 is handled$`
	case "CBC.99003609", "CBC.99003623":
		return false
	case "CBC.0154", "CBC.0250", "APIGW.0308", "APIG.0308":
		return true
	}
	return false
}

var ErrNoBalance = errors.New("the member account's balance is too small")

// Reclaim handles a fund-retrieval code: another retrieval in progress is
// required, because retried without a trans_id it retrieves the money twice.
func Reclaim(client *bss.BssClient, customerID, amount string) error {
	_, err := client.ReclaimSubEnterpriseAmount(&model.ReclaimSubEnterpriseAmountRequest{
		Body: &model.RetrieveEnterpriseMultiAccountReq{CustomerId: customerID, Amount: amount},
	})
	se, ok := err.(*sdkerr.ServiceResponseError)
	if !ok {
		return err
	}
	switch se.ErrorCode { // want `^switch on CBC code of a ReclaimSubEnterpriseAmount reply misses CBC\.99007461 \(another fund allocation or retrieval task is in progress: wait for it, then retry with the same trans_id\), required because CBC\.99005003 is handled$`
	case "CBC.99005003":
		return ErrNoBalance
	case "CBC.0154", "CBC.0250", "APIGW.0308", "APIG.0308":
		return err
	}
	return err
}
