// Package owners renews and unsubscribes from yearly/monthly resources through
// the SDK and reacts to the codes of their failed items.
package owners

import (
	"errors"
	"fmt"
	"log"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

const codeTrial = "CBC.99003649" // trial services cannot be unsubscribed from

// renew renews resources and says which could not be renewed and why.
func renew(client *bss.BssClient, ids []string) error {
	resp, err := client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}})
	if err != nil {
		var se *sdkerr.ServiceResponseError
		if errors.As(err, &se) && se.ErrorCode == "CBC.30000067" { // want `CBC.30000067 \(.*\) never comes from RenewalResources: its page's complete table lacks it, and CancelResourcesSubscription's page lists it, so this comparison with RenewalResources's reply never matches`
			return nil
		}
		return err
	}
	if resp.FailResourceInfos == nil {
		return nil
	}
	var failed []string
	for _, f := range *resp.FailResourceInfos {
		switch *f.ErrorCode {
		case "CBC.99003016", "CBC.99003144":
			continue // gone, or already being changed
		case codeTrial: // want `CBC.99003649 \(Unsubscription not supported for cloud services in trial use\) never comes from RenewalResources: its page's complete table lacks it, and CancelResourcesSubscription's page lists it, so this comparison with RenewalResources's failed items never matches`
			log.Printf("%s is on trial", *f.ResourceId)
		case "CBC.30010069", "CBC.0999":
			failed = append(failed, *f.ResourceId)
		default:
			failed = append(failed, *f.ResourceId)
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("renewal failed for %v", failed)
	}
	return nil
}

// unsubscribe is left alone: trial services are unsubscription's own code,
// access denied, parameter errors and throttling come from every operation,
// and CBC.5020 (partial failure) is on no operation's page.
func unsubscribe(client *bss.BssClient, ids []string) error {
	resp, err := client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{Body: &model.UnsubscribeResourcesReq{ResourceIds: ids, UnsubscribeType: 1}})
	if se, ok := err.(*sdkerr.ServiceResponseError); ok {
		switch se.ErrorCode {
		case "CBC.0151", "CBC.0100", "CBC.0250", "APIGW.0308", "CBC.5020":
			return err
		}
	}
	if err != nil {
		return err
	}
	for _, f := range *resp.FailResourceInfos {
		if *f.ErrorCode == codeTrial || *f.ErrorCode == "CBC.99003651" {
			continue
		}
		return fmt.Errorf("unsubscription of %s failed: %s", *f.ResourceId, *f.ErrorMsg)
	}
	return nil
}

// pay is left alone: PayOrders' page table is only known in part, so nothing
// says what it does not return.
func pay(client *bss.BssClient) bool {
	_, err := client.PayOrders(&model.PayOrdersRequest{})
	se, ok := err.(*sdkerr.ServiceResponseError)
	return ok && se.ErrorCode == "CBC.99003649"
}

// anyReply is left alone: nothing says which operation the code comes from.
func anyReply(code string) bool {
	return code == codeTrial
}

var _, _, _, _ = renew, unsubscribe, pay, anyReply
