// Package inhouse renews through the company's own CBC client, named in // want package:"relevant, analysed"
// -cbcstatus.response-packages.
package inhouse

import (
	"context"
	"fmt"

	"example.com/ledger/cbc"
)

func Renew(ctx context.Context, c *cbc.Client, ids []string) error {
	_, err := c.Renew(ctx, ids) // want `the Renew response is discarded, but CBC reports failures in its Failures with HTTP 200 and a nil error: check Failures`
	return err
}

func RenewChecked(ctx context.Context, c *cbc.Client, ids []string) error {
	res, err := c.Renew(ctx, ids)
	if err != nil {
		return err
	}
	for _, f := range res.Failures {
		return fmt.Errorf("%s: %s", f.ResourceID, f.ErrorCode)
	}
	return nil
}

func Balance(ctx context.Context, c *cbc.Client) error {
	_, err := c.Balance(ctx)
	return err
}
