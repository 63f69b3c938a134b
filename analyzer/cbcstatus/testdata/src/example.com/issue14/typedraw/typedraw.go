// Package typedraw judges an SDK reply and a net/http reply the same way, // want package:"relevant, analysed"
// by the status, then logs the reply: handing the reply to log.Printf is not
// examining it, for a typed reply as for a raw one, so both are found.
package typedraw

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strings"

	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

const renewURL = "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew"

type Billing struct {
	client *bss.BssClient
	hc     *http.Client
}

func (b *Billing) RenewSDK(ids []string) error {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}})
	if err != nil {
		return err
	}
	if resp.HttpStatusCode == 200 { // want `resp.HttpStatusCode == 200 does not mean success: CBC reports the failures of RenewalResources in FailResourceInfos|does not mean success|alone`
		log.Printf("renewed: %v", resp)
		return nil
	}
	return fmt.Errorf("renew: HTTP %d", resp.HttpStatusCode)
}

func (b *Billing) RenewHTTP(ids []string) error {
	resp, err := b.hc.Post(renewURL, "application/json", strings.NewReader(`{"resource_ids":["`+strings.Join(ids, `","`)+`"]}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == 200 { // want `resp.StatusCode == 200 does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		log.Printf("renewed: %v", resp)
		return nil
	}
	return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
}

// --- left alone: the failures examined, then the reply logged ---------------

type renewReply struct {
	OrderIDs          []string `json:"order_ids"`
	FailResourceInfos []struct {
		ResourceID string `json:"resource_id"`
		ErrorCode  string `json:"error_code"`
	} `json:"fail_resource_infos"`
}

func (b *Billing) RenewSDKChecked(ids []string) error {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}})
	if err != nil {
		return err
	}
	if resp.HttpStatusCode != 200 || resp.FailResourceInfos != nil && len(*resp.FailResourceInfos) > 0 {
		return fmt.Errorf("renew: %v", resp)
	}
	log.Printf("renewed: %v", resp)
	return nil
}

func (b *Billing) RenewHTTPChecked(ids []string) error {
	resp, err := b.hc.Post(renewURL, "application/json", strings.NewReader(`{"resource_ids":["`+strings.Join(ids, `","`)+`"]}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out renewReply
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if resp.StatusCode != 200 || len(out.FailResourceInfos) > 0 {
		return fmt.Errorf("renew: HTTP %d: %d resources not renewed", resp.StatusCode, len(out.FailResourceInfos))
	}
	log.Printf("renewed: %v", out.OrderIDs)
	return nil
}

// The replies are handed to functions that examine their failures.
func (b *Billing) RenewSDKHandedOn(ids []string) error {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}})
	if err != nil {
		return err
	}
	if resp.HttpStatusCode != 200 {
		return fmt.Errorf("renew: HTTP %d", resp.HttpStatusCode)
	}
	log.Printf("renewed: %v", resp)
	return sdkFailures(resp)
}

func sdkFailures(resp *model.RenewalResourcesResponse) error {
	if resp.FailResourceInfos == nil || len(*resp.FailResourceInfos) == 0 {
		return nil
	}
	f := (*resp.FailResourceInfos)[0]
	return fmt.Errorf("%d resources not renewed, first %s: %s", len(*resp.FailResourceInfos), *f.ResourceId, *f.ErrorCode)
}

func (b *Billing) RenewHTTPHandedOn(ids []string) error {
	resp, err := b.hc.Post(renewURL, "application/json", strings.NewReader(`{"resource_ids":["`+strings.Join(ids, `","`)+`"]}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	log.Printf("renewed: %v", resp)
	return httpFailures(resp)
}

func httpFailures(resp *http.Response) error {
	var out renewReply
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if len(out.FailResourceInfos) > 0 {
		f := out.FailResourceInfos[0]
		return fmt.Errorf("%d resources not renewed, first %s: %s", len(out.FailResourceInfos), f.ResourceID, f.ErrorCode)
	}
	return nil
}

// The replies are returned: the caller judges them.
func (b *Billing) RenewSDKRaw(ids []string) (*model.RenewalResourcesResponse, error) {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}})
	if err != nil {
		return nil, err
	}
	if resp.HttpStatusCode != 200 {
		return nil, fmt.Errorf("renew: HTTP %d", resp.HttpStatusCode)
	}
	log.Printf("renewed: %v", resp)
	return resp, nil
}

func (b *Billing) RenewHTTPRaw(ids []string) (*http.Response, error) { // want RenewHTTPRaw:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 1`
	resp, err := b.hc.Post(renewURL, "application/json", strings.NewReader(`{"resource_ids":["`+strings.Join(ids, `","`)+`"]}`))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 {
		resp.Body.Close()
		return nil, fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	log.Printf("renewed: %v", resp)
	return resp, nil
}
