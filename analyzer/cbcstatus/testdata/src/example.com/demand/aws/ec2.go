// Package aws is another cloud's driver of a multi-cloud manager: it speaks // want package:"relevant"
// HTTP, but every request it sends names an AWS host, so no CBC reply can
// come into it and none of its functions gets an SSA body.
package aws

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

var defaultRegion = "us-east-1"

// Client calls the EC2 API of one region.
type Client struct {
	hc     *http.Client
	region string
}

// Instance is an EC2 instance.
type Instance struct {
	InstanceId   string `json:"instanceId"`
	InstanceType string `json:"instanceType"`
	State        string `json:"state"`
}

// Error is what EC2 answers on failure.
type Error struct {
	Code    string `json:"Code"`
	Message string `json:"Message"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

func NewClient(hc *http.Client, region string) *Client {
	if region == "" {
		region = defaultRegion
	}
	return &Client{hc: hc, region: region}
}

func (c *Client) endpoint(action string) string {
	return "https://ec2." + c.region + ".amazonaws.com/?Action=" + action + "&Version=2016-11-15"
}

func (c *Client) DescribeInstances(ctx context.Context, ids []string) ([]Instance, error) {
	url := c.endpoint("DescribeInstances") + "&InstanceId=" + strings.Join(ids, ",")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var e Error
		if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
			return nil, fmt.Errorf("DescribeInstances: %s", resp.Status)
		}
		return nil, &e
	}
	var out struct{ Instances []Instance }
	return out.Instances, json.NewDecoder(resp.Body).Decode(&out)
}

func (c *Client) StopInstance(ctx context.Context, id string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("https://ec2.%s.amazonaws.com/?Action=StopInstances&InstanceId.1=%s", c.region, id), nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("StopInstances: %s", resp.Status)
	}
	return nil
}
