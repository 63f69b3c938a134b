// want package:"relevant, analysed"

// Package hcptext unsubscribes prepaid servers and hands the caller text
// made from CBC's reply as a "request ID": the caller decides by err alone,
// so the failures CBC lists in FailResourceInfos (with HTTP 200 and a nil
// error) are never looked at. Text made from a reply (String(), a fmt verb,
// json.Marshal) is neither examining it nor handing it on.
package hcptext

import (
	"encoding/json"
	"fmt"
	"log"

	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

type Provider struct {
	client *bss.BssClient
	audit  map[string]string
}

func unsubscribe(ids []string) *model.CancelResourcesSubscriptionRequest {
	return &model.CancelResourcesSubscriptionRequest{Body: &model.UnsubscribeResourcesReq{ResourceIds: ids, UnsubscribeType: 1}}
}

// DeletePrePaidServer returns the reply's text as the request ID.
func (p *Provider) DeletePrePaidServer(ids []string) (string, error) {
	resp, err := p.client.CancelResourcesSubscription(unsubscribe(ids)) // want `FailResourceInfos of the CancelResourcesSubscription response is never checked`
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%v", resp.String()), nil
}

// DeleteLogged logs the reply as JSON and keeps the text.
func (p *Provider) DeleteLogged(ids []string) error {
	resp, err := p.client.CancelResourcesSubscription(unsubscribe(ids)) // want `FailResourceInfos of the CancelResourcesSubscription response is never checked`
	if err != nil {
		return err
	}
	b, _ := json.Marshal(resp)
	log.Printf("unsubscribed %v: %s", ids, b)
	p.audit[ids[0]] = string(b)
	return nil
}

// DeleteFormatted returns the reply formatted with a verb.
func (p *Provider) DeleteFormatted(ids []string) (string, error) {
	resp, err := p.client.CancelResourcesSubscription(unsubscribe(ids)) // want `FailResourceInfos of the CancelResourcesSubscription response is never checked`
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%+v", resp), nil
}

// --- left alone ------------------------------------------------------------------

// The failures are examined before the text is made.
func (p *Provider) DeletePrePaidServerChecked(ids []string) (string, error) {
	resp, err := p.client.CancelResourcesSubscription(unsubscribe(ids))
	if err != nil {
		return "", err
	}
	if resp.FailResourceInfos != nil && len(*resp.FailResourceInfos) > 0 {
		f := (*resp.FailResourceInfos)[0]
		return "", fmt.Errorf("unsubscribe %s: %s", *f.ResourceId, *f.ErrorCode)
	}
	return fmt.Sprintf("%v", resp.String()), nil
}

// The reply itself is returned: the caller judges it.
func (p *Provider) DeletePrePaidServerRaw(ids []string) (*model.CancelResourcesSubscriptionResponse, string, error) {
	resp, err := p.client.CancelResourcesSubscription(unsubscribe(ids))
	if err != nil {
		return nil, "", err
	}
	return resp, resp.String(), nil
}
