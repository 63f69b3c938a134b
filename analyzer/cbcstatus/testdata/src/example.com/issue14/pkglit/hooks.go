// Package pkglit keeps CBC calls in function literals at package level, as // want package:"relevant, analysed"
// hooks and tables of jobs: they are functions like any other.
package pkglit

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

const bssEndpoint = "https://bss.myhuaweicloud.com"

var (
	client *bss.BssClient
	req    = &model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{PeriodType: 2, PeriodNum: 1}}
)

// RenewHook renews the resources in req when the scheduler fires.
var RenewHook = func() error {
	_, err := client.RenewalResources(req) // want `the RenewalResources response is discarded|discarded`
	return err
}

// UnsubscribeHook unsubscribes over net/http and takes HTTP 200 for success.
var UnsubscribeHook = func(hc *http.Client) error {
	resp, err := hc.Post(bssEndpoint+"/v2/orders/subscriptions/resources/unsubscribe", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		return fmt.Errorf("unsubscribe: HTTP %d", resp.StatusCode)
	}
	return nil
}

// jobs are the nightly billing jobs, by name.
var jobs = map[string]func() error{
	"to-on-demand": func() error {
		_, err := client.UpdatePeriodToOnDemand(&model.UpdatePeriodToOnDemandRequest{}) // want `the UpdatePeriodToOnDemand response is discarded|discarded`
		return err
	},
	"renew": func() error {
		resp, err := client.RenewalResources(req)
		if err != nil {
			return err
		}
		if resp.FailResourceInfos != nil && len(*resp.FailResourceInfos) > 0 {
			return errors.New("renew: partial failure")
		}
		return nil
	},
}

// --- left alone --------------------------------------------------------------

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

var RenewCheckedHook = func() error {
	resp, err := client.RenewalResources(req)
	if err != nil {
		return err
	}
	if resp.FailResourceInfos != nil && len(*resp.FailResourceInfos) > 0 {
		f := (*resp.FailResourceInfos)[0]
		return fmt.Errorf("renew %s: %s", *f.ResourceId, *f.ErrorCode)
	}
	return nil
}

var UnsubscribeCheckedHook = func(hc *http.Client) error {
	resp, err := hc.Post(bssEndpoint+"/v2/orders/subscriptions/resources/unsubscribe", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || e.ErrorCode != "" {
		return fmt.Errorf("unsubscribe: HTTP %d: %s %s", resp.StatusCode, e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

// A hook that hands the reply to its caller.
var RenewRawHook = func() (*model.RenewalResourcesResponse, error) {
	return client.RenewalResources(req)
}

// Run runs the nightly job called name.
func Run(name string) error {
	job, ok := jobs[name]
	if !ok {
		return fmt.Errorf("no job %q", name)
	}
	return job()
}
