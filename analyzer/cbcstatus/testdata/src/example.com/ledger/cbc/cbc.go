// Package cbc is a company's own CBC client: it calls the renewal API over
// HTTP and decodes the answer into its own types.
package cbc

import "context"

type Client struct{ endpoint string }

// RenewResult is CBC's answer to a renewal.
type RenewResult struct {
	OrderIDs []string         `json:"order_ids"`
	Failures []FailedResource `json:"fail_resource_infos"`
}

type FailedResource struct {
	ResourceID string `json:"resource_id"`
	ErrorCode  string `json:"error_code"`
	ErrorMsg   string `json:"error_msg"`
}

// Balance carries no error information.
type Balance struct {
	Amount string `json:"amount"`
}

func (c *Client) Renew(ctx context.Context, ids []string) (*RenewResult, error) {
	return &RenewResult{}, nil
}

func (c *Client) Balance(ctx context.Context) (*Balance, error) { return &Balance{}, nil }
