// Package multicloud is a multi-cloud manager's Huawei driver: its requests go // want package:"relevant, analysed"
// through httputils, a library of another package. Its summary (a fact) says it
// does not examine error_code, so a thrown-away CBC reply is found.
package multicloud

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"example.com/x/httputils"
)

const (
	SERVICE_ECS = "ecs"
	SERVICE_BSS = "bss"
)

type SHuaweiClient struct {
	hc       *http.Client
	regionId string
}

func (self *SHuaweiClient) getUrl(service, resource string) (string, error) {
	switch service {
	case SERVICE_ECS:
		return fmt.Sprintf("https://ecs.%s.myhuaweicloud.com/v1/%s", self.regionId, resource), nil
	case SERVICE_BSS:
		return fmt.Sprintf("https://bss.myhuaweicloud.com/v2/%s", resource), nil
	}
	return "", fmt.Errorf("invalid service %s", service)
}

func (self *SHuaweiClient) request(method, url string, params map[string]interface{}) (httputils.JSONObject, error) {
	body, err := json.Marshal(params)
	if err != nil {
		return nil, err
	}
	_, resp, err := httputils.JSONRequest(self.hc, context.Background(), method, url, nil, body)
	return resp, err
}

func (self *SHuaweiClient) post(service, resource string, params map[string]interface{}) (httputils.JSONObject, error) {
	url, err := self.getUrl(service, resource)
	if err != nil {
		return nil, err
	}
	return self.request("POST", url, params)
}

func (self *SHuaweiClient) RenewInstance(id string) error {
	_, err := self.post(SERVICE_BSS, "orders/subscriptions/resources/renew", map[string]interface{}{"resource_ids": []string{id}}) // want `what self.post returns from bss.myhuaweicloud.com is discarded`
	return err
}

func (self *SHuaweiClient) StopServer(id string) error {
	_, err := self.post(SERVICE_ECS, "cloudservers/action", map[string]interface{}{"os-stop": id})
	return err
}
