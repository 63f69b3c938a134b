// Package items dispatches on the codes of the failed items CBC lists in a
// batch reply. An item's code is never a code of the whole request (token,
// throttling, CBC.5020 partial failure), and where the operation's page
// gives its complete table, never a code the table lacks.
package items

import (
	"errors"
	"fmt"
	"log"

	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

var ErrPendingOrder = errors.New("a resource is in an unpaid order: pay or cancel it first")

// Every code of the renewal page, and a default: nothing is missing (before
// cbcswitch knew operations it asked for CBC.0154, CBC.0250, CBC.3144,
// CBC.5020 and CBC.99000088, none of which a renewal's item can carry).
func Renew(client *bss.BssClient, ids []string) error {
	resp, err := client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}})
	if err != nil {
		return err
	}
	if resp.FailResourceInfos == nil {
		return nil
	}
	var errs []error
	for _, f := range *resp.FailResourceInfos {
		switch *f.ErrorCode {
		case "CBC.0100", "CBC.30010069", "CBC.99000092", "CBC.99003154":
			errs = append(errs, fmt.Errorf("%s: bad renewal period: %s", *f.ResourceId, *f.ErrorMsg))
		case "CBC.30010036", "CBC.99003634":
			errs = append(errs, fmt.Errorf("%s: renew it with its main resource or package", *f.ResourceId))
		case "CBC.99003100":
			errs = append(errs, fmt.Errorf("%s: %w", *f.ResourceId, ErrPendingOrder))
		case "CBC.99003144":
			log.Printf("%s has an order in progress: retry later", *f.ResourceId)
		case "CBC.30050006":
			errs = append(errs, fmt.Errorf("%s: the renewal order was created but not paid", *f.ResourceId))
		case "CBC.99003016":
			log.Printf("%s is gone", *f.ResourceId)
		case "CBC.0151", "CBC.0999":
			errs = append(errs, fmt.Errorf("%s: %s", *f.ResourceId, *f.ErrorMsg))
		default:
			errs = append(errs, fmt.Errorf("%s: %s %s", *f.ResourceId, *f.ErrorCode, *f.ErrorMsg))
		}
	}
	return errors.Join(errs...)
}

// The item read through a local and an index: the same operation, the same
// position.
func FirstFailure(client *bss.BssClient, ids []string) string {
	resp, _ := client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{})
	if resp == nil || resp.FailResourceInfos == nil || len(*resp.FailResourceInfos) == 0 {
		return ""
	}
	first := (*resp.FailResourceInfos)[0]
	code := *first.ErrorCode
	if code == "CBC.99003128" {
		return "the renewal period has not started: nothing to unsubscribe"
	} else if code == "CBC.99003185" {
		return "unsubscribe the whole cloud service at once"
	}
	return code
}

// CreatePartnerCoupons' page gives only part of its table: whatever it does
// not list may still come, so the twin of a handled code is required; the
// codes of the whole request are not.
func IssueCoupons(client *bss.BssClient, customers []string) error {
	resp, err := client.CreatePartnerCoupons(&model.CreatePartnerCouponsRequest{Body: &model.CreateCouponsV2Req{CustomerIds: customers, QuotaId: "quota-1"}})
	if err != nil {
		return err
	}
	if resp.ErrorDetails == nil {
		return nil
	}
	for _, d := range *resp.ErrorDetails {
		switch *d.ErrorCode { // want `^switch on CBC code of a failed item of CreatePartnerCoupons misses CBC\.3112 \(The coupon or stored-value card has been used\), required because its twin CBC\.99003112 is handled: handle both alike$`
		case "CBC.99003112":
			log.Printf("coupon for %s already used", *d.Id)
		case "CBC.99000013", "CBC.50000045":
			return fmt.Errorf("customer %s: coupon quota exhausted", *d.Id)
		}
	}
	return nil
}
