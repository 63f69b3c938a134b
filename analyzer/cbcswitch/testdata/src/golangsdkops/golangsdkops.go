// Package golangsdkops unsubscribes through chnsz/golangsdk, as
// terraform-provider-huaweicloud did: the result's ErrorCode is the code of
// the whole unsubscribe request.
package golangsdkops

import (
	"errors"
	"fmt"

	"github.com/chnsz/golangsdk"
	"github.com/chnsz/golangsdk/openstack/bss/v2/orders"
)

var ErrBusy = errors.New("another operation on the resources is in progress")

func Unsubscribe(client *golangsdk.ServiceClient, ids []string) error {
	order, err := orders.Unsubscribe(client, orders.UnsubscribeOpts{ResourceIds: ids, UnsubscribeType: 1}).Extract()
	if err != nil {
		return err
	}
	switch order.ErrorCode { // want `^switch on CBC code of a CancelResourcesSubscription reply misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.5020 \(.*\), required because CBC\.99003651 is handled$`
	case "", "CBC.0000":
		return nil
	case "CBC.99003651":
		return ErrBusy
	default:
		return fmt.Errorf("unsubscribe: %s: %s", order.ErrorCode, order.ErrorMsg)
	}
}
