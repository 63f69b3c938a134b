package sdkfix

import (
	"github.com/chnsz/golangsdk"
	"github.com/chnsz/golangsdk/openstack/bss/v2/orders"
)

// The fix needs fmt, which this file does not import yet.
func PayOrder(client *golangsdk.ServiceClient, orderID string) error {
	_, err := orders.PayOrder(client, orders.PayOrderOpts{OrderId: orderID, UseCoupon: "NO", UseDiscount: "NO"}).Extract() // want `the PayOrder response is discarded`
	return err
}
