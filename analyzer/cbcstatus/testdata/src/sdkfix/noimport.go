package sdkfix // want package:"relevant, analysed"

import (
	"github.com/chnsz/golangsdk"
	"github.com/chnsz/golangsdk/openstack/bss/v2/orders"
)

// The fix needs fmt, which this file does not import yet.
func Unsubscribe(client *golangsdk.ServiceClient, ids []string) error {
	_, err := orders.Unsubscribe(client, orders.UnsubscribeOpts{ResourceIds: ids, UnsubscribeType: 1}).Extract() // want `the orders.Unsubscribe response is discarded`
	return err
}
