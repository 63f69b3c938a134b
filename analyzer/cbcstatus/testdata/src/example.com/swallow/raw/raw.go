// Package raw unsubscribes prepaid resources with golangsdk's raw requests and
// a JMESPath search over the decoded reply, as terraform-provider-huaweicloud
// does, and renews them with net/http.
package raw

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strings"

	"github.com/chnsz/golangsdk"

	"example.com/swallow/utils"
)

// --- found --------------------------------------------------------------------------

func UnsubscribePrePaidResources(client *golangsdk.ServiceClient, resourceIds []interface{}) error {
	httpUrl := "v2/orders/subscriptions/resources/unsubscribe"
	createPath := client.Endpoint + httpUrl
	createOpt := golangsdk.RequestOpts{
		KeepResponseBody: true,
		JSONBody: map[string]interface{}{
			"resource_ids":     resourceIds,
			"unsubscribe_type": 1,
		},
	}

	resp, err := client.Request("POST", createPath, &createOpt)
	if err != nil {
		return fmt.Errorf("error unsubscribing the resources: %s", err)
	}

	respbody, err := utils.FlattenResponse(resp)
	if err != nil {
		return err
	}

	failResources := utils.PathSearch("fail_resource_infos", respbody, make([]interface{}, 0)).([]interface{}) // want `^the failed items of CancelResourcesSubscription \("fail_resource_infos"\) are only logged, and the function then returns nil: its caller takes a partial failure for success; return an error that names the failed items, or hand on the items or the reply$`
	if len(failResources) > 0 {
		failInfos := make([]string, 0)
		for _, v := range failResources {
			failInfos = append(failInfos, fmt.Sprintf("%s | %s;",
				utils.PathSearch("resource_id", v, "").(string),
				utils.PathSearch("error_msg", v, "").(string)))
		}
		log.Printf("[ERROR] error unsubscribing some resources: %s", strings.Join(failInfos, "\n"))
	}
	return nil
}

const renewURL = "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew"

func Renew(ids []string) bool {
	body, _ := json.Marshal(map[string]any{"resource_ids": ids, "period_type": 2, "period_num": 1})
	resp, err := http.Post(renewURL, "application/json", bytes.NewReader(body))
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var reply map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&reply); err != nil {
		return false
	}
	if fails, ok := reply["fail_resource_infos"].([]any); ok { // want `the failed items of RenewalResources \("fail_resource_infos"\) are only logged, and the function then returns true`
		log.Printf("%d resources not renewed", len(fails))
	}
	return true
}

// --- left alone -----------------------------------------------------------------------

// The failures become the error.
func UnsubscribeStrict(client *golangsdk.ServiceClient, resourceIds []interface{}) error {
	resp, err := client.Request("POST", client.Endpoint+"v2/orders/subscriptions/resources/unsubscribe", &golangsdk.RequestOpts{KeepResponseBody: true})
	if err != nil {
		return err
	}
	respBody, err := utils.FlattenResponse(resp)
	if err != nil {
		return err
	}
	failed := utils.PathSearch("fail_resource_infos[*].resource_id", respBody, make([]interface{}, 0)).([]interface{})
	if len(failed) > 0 {
		return fmt.Errorf("unable to unsubscribe resources %v", failed)
	}
	return nil
}

// The order IDs are another field of the reply; the failures are checked.
func RenewOrders(client *golangsdk.ServiceClient, ids []string) ([]interface{}, error) {
	resp, err := client.Request("POST", client.Endpoint+"v2/orders/subscriptions/resources/renew", &golangsdk.RequestOpts{KeepResponseBody: true})
	if err != nil {
		return nil, err
	}
	respBody, err := utils.FlattenResponse(resp)
	if err != nil {
		return nil, err
	}
	if fails := utils.PathSearch("fail_resource_infos", respBody, nil); fails != nil {
		return nil, fmt.Errorf("renewal failed: %v", fails)
	}
	return utils.PathSearch("order_ids", respBody, nil).([]interface{}), nil
}

// A key named like CBC's list, in a reply from another service: no CBC path
// in sight, so not a CBC reply.
func SyncTasks(client *golangsdk.ServiceClient) error {
	resp, err := client.Request("GET", client.Endpoint+"v1/tasks", nil)
	if err != nil {
		return err
	}
	body, err := utils.FlattenResponse(resp)
	if err != nil {
		return err
	}
	log.Printf("%v", utils.PathSearch("fail_resource_infos", body, nil))
	return nil
}
