// Package cloudmux is othermod as yunionio/cloudmux (311f52c4) writes it: the // want package:"relevant, analysed"
// JSON client of another module is handed an error type that carries
// error_code, but it parses a reply into it only when the status is 300 or
// above; a reply below 300 is success, and its parsed body goes back to the
// caller, who throws it away. So the renewal and the unsubscription are found
// by default.
package cloudmux

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"example.com/x/jsonhttp"
	"example.com/x/jsonutils"
)

const (
	SERVICE_ECS = "ecs"
	SERVICE_BSS = "bss"
)

type SHuaweiClient struct {
	hc        *http.Client
	projectId string
}

// sHuaweiError is what Huawei Cloud's error replies carry.
type sHuaweiError struct {
	RequestId string `json:"request_id"`
	ErrorMsg  string `json:"error_msg"`
	ErrorCode string `json:"error_code"`
	RawMsg    jsonutils.JSONObject
}

func (self *sHuaweiError) Error() string { // want Error:`hands param 0 to unknown code; returns param 0`
	return jsonutils.Marshal(self).String()
}

func (self *sHuaweiError) ParseErrorFromJsonResponse(statusCode int, status string, body jsonutils.JSONObject) error { // want ParseErrorFromJsonResponse:`examines error_code of param 0; hands param 0 to unknown code; hands param 3 to unknown code; stores param 3; result 0 carries the URL of param 0`
	if body != nil {
		body.Unmarshal(self)
		if self.ErrorCode == "" {
			self.RawMsg = body
		}
	}
	return self
}

func (self *SHuaweiClient) getUrl(service, regionId, resource string) (string, error) {
	url := ""
	resource = strings.TrimPrefix(resource, "/")
	switch service {
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
	hwErr := &sHuaweiError{}
	cli := jsonhttp.NewJsonClient(self.hc)
	_, resp, err := cli.SendParsingErrors(context.Background(), method, url, http.Header{}, body, hwErr)
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

func (self *SHuaweiClient) StopServer(regionId, id string) error {
	_, err := self.post(SERVICE_ECS, regionId, "cloudservers/action", map[string]interface{}{"os-stop": map[string]interface{}{"servers": []map[string]string{{"id": id}}}})
	return err
}

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
