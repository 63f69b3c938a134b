package rawops

import (
	"fmt"

	"github.com/chnsz/golangsdk"

	"tfutils"
)

// Unsubscribe reads the failed items with JMESPath, as
// terraform-provider-huaweicloud does: each item's code is an item's code of
// CancelResourcesSubscription, and the codes of its page with a default are
// all it needs.
func Unsubscribe(client *golangsdk.ServiceClient, ids []interface{}) error {
	httpUrl := "v2/orders/subscriptions/resources/unsubscribe"
	resp, err := client.Request("POST", client.Endpoint+httpUrl, &golangsdk.RequestOpts{
		KeepResponseBody: true,
		JSONBody:         map[string]interface{}{"resource_ids": ids, "unsubscribe_type": 1},
	})
	if err != nil {
		return err
	}
	body, err := tfutils.FlattenResponse(resp)
	if err != nil {
		return err
	}
	fails := tfutils.PathSearch("fail_resource_infos", body, make([]interface{}, 0)).([]interface{})
	for _, v := range fails {
		code := tfutils.PathSearch("error_code", v, "").(string)
		switch code {
		case "CBC.99003651", "CBC.99003100":
			return fmt.Errorf("%v: another operation is in progress, retry later", tfutils.PathSearch("resource_id", v, ""))
		case "CBC.99003128", "CBC.99003185":
			return fmt.Errorf("%v: %v", tfutils.PathSearch("resource_id", v, ""), tfutils.PathSearch("error_msg", v, ""))
		default:
			return fmt.Errorf("unsubscribe failed: %v", v)
		}
	}
	return nil
}

// A function that names two operations' paths: which one replied is not
// known, and today's rule stands.
func RenewOrUnsubscribe(client *golangsdk.ServiceClient, renew bool) string {
	path := "v2/orders/subscriptions/resources/unsubscribe"
	if renew {
		path = "v2/orders/subscriptions/resources/renew"
	}
	resp, err := client.Request("POST", client.Endpoint+path, &golangsdk.RequestOpts{KeepResponseBody: true})
	if err != nil {
		return err.Error()
	}
	body, _ := tfutils.FlattenResponse(resp)
	for _, v := range tfutils.PathSearch("fail_resource_infos", body, make([]interface{}, 0)).([]interface{}) {
		switch tfutils.PathSearch("error_code", v, "") { // want `^switch on CBC code misses .*CBC\.0154 .*CBC\.3128 \(.*\), required because its twin CBC\.99003128 is handled: handle both alike; CBC\.5020 .*$`
		case "CBC.99003128":
			return "nothing to unsubscribe"
		}
	}
	return ""
}
