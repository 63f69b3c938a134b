// Package othermod is a multi-cloud manager's Huawei driver, shaped like // want package:"relevant, analysed"
// yunionio/cloudmux's: it renews and unsubscribes with
// `_, err := self.post(SERVICE_BSS, "orders/subscriptions/resources/renew", params)`
// through a JSON client of another module (example.com/x/jsonhttp, which
// parses the body with example.com/x/jsonutils, takes any status below 300
// for success and never looks at error_code), and throws the reply away.
// Found by default.
package othermod

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"example.com/x/jsonhttp"
	"example.com/x/jsonutils"
)

const (
	SERVICE_IAM = "iam"
	SERVICE_ECS = "ecs"
	SERVICE_BSS = "bss"
)

type SHuaweiClient struct {
	hc        *http.Client
	projectId string
}

func (self *SHuaweiClient) getUrl(service, regionId, resource string) (string, error) {
	url := ""
	resource = strings.TrimPrefix(resource, "/")
	switch service {
	case SERVICE_IAM:
		url = fmt.Sprintf("https://iam.myhuaweicloud.com/v3/%s", resource)
	case SERVICE_ECS:
		url = fmt.Sprintf("https://ecs.%s.myhuaweicloud.com/v1/%s/%s", regionId, self.projectId, resource)
	case SERVICE_BSS:
		url = fmt.Sprintf("https://bss.myhuaweicloud.com/v2/%s", resource)
	default:
		return "", fmt.Errorf("invalid service %s", service)
	}
	return url, nil
}

func (self *SHuaweiClient) request(method, url string, params map[string]interface{}) (jsonutils.JSONObject, error) {
	var body jsonutils.JSONObject
	if len(params) > 0 {
		body = jsonutils.Marshal(params)
	}
	cli := jsonhttp.NewJsonClient(self.hc)
	_, resp, err := cli.Send(context.Background(), method, url, http.Header{}, body)
	if err != nil {
		return nil, err
	}
	if resp == nil {
		return jsonutils.NewDict(), nil
	}
	return resp, nil
}

func (self *SHuaweiClient) post(service, regionId, resource string, params map[string]interface{}) (jsonutils.JSONObject, error) {
	url, err := self.getUrl(service, regionId, resource)
	if err != nil {
		return nil, err
	}
	return self.request("POST", url, params)
}

func (self *SHuaweiClient) RenewInstance(id string, month int) error {
	params := map[string]interface{}{"resource_ids": []string{id}, "period_type": 2, "period_num": month, "is_auto_pay": 1}
	_, err := self.post(SERVICE_BSS, "", "orders/subscriptions/resources/renew", params) // want `what self.post returns from bss.myhuaweicloud.com is discarded|discarded`
	return err
}

func (self *SHuaweiClient) CancelPrepaid(ids []string) error {
	params := map[string]interface{}{"resource_ids": ids, "unsubscribe_type": 1}
	_, err := self.post(SERVICE_BSS, "", "orders/subscriptions/resources/unsubscribe", params) // want `what self.post returns from bss.myhuaweicloud.com is discarded|discarded`
	return err
}

// --- left alone ------------------------------------------------------------------

// Other services answer errors with 4xx.
func (self *SHuaweiClient) StopServer(regionId, id string) error {
	_, err := self.post(SERVICE_ECS, regionId, "cloudservers/action", map[string]interface{}{"os-stop": map[string]interface{}{"servers": []map[string]string{{"id": id}}}})
	return err
}

// The reply is kept and its error_code examined.
func (self *SHuaweiClient) PayOrder(orderID string) error {
	ret, err := self.post(SERVICE_BSS, "", "orders/customer-orders/pay", map[string]interface{}{"order_id": orderID, "use_coupon": "NO", "use_discount": "NO"})
	if err != nil {
		return err
	}
	if code, _ := ret.GetString("error_code"); code != "" {
		return fmt.Errorf("pay %s: %s", orderID, code)
	}
	return nil
}

// The reply is handed to the caller.
func (self *SHuaweiClient) Balances() (jsonutils.JSONObject, error) { // want Balances:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 1`
	return self.post(SERVICE_BSS, "", "accounts/customer-accounts/balances", nil)
}
