// Package inhousedefault is inhouse without the setting: nothing is reported. // want package:"relevant"
package inhousedefault

import (
	"context"
	"fmt"

	"example.com/ledger/cbc"
)

func Renew(ctx context.Context, c *cbc.Client, ids []string) error {
	_, err := c.Renew(ctx, ids)
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
