package billing

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

// payOrderURL is CBC's "pay a customer order" API.
const payOrderURL = "https://bss.myhuaweicloud.com/v3/orders/customer-orders/pay"

// PayOrder pays a customer's yearly/monthly order. It takes HTTP 200 for
// success, but CBC answers "CBC.3106 The order status has changed and no payment
// can be made" and other errors with HTTP 200 and the error_code in the body:
// cbcstatus reports the status check.
func PayOrder(ctx context.Context, hc *http.Client, orderID string) error {
	body := strings.NewReader(`{"order_id": "` + orderID + `", "use_coupon": "NO", "use_discount": "NO"}`)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, payOrderURL, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("paying order %s: HTTP %d", orderID, resp.StatusCode)
	}
	return nil
}
