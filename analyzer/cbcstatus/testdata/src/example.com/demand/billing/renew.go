package billing

import (
	"fmt"
	"net/http"

	"example.com/demand/transport"
)

const bssEndpoint = "https://bss.myhuaweicloud.com"

func RenewServer(id string) error {
	body := []byte(fmt.Sprintf(`{"resource_ids":[%q],"period_type":2,"period_num":1}`, id))
	return postJSON(bssEndpoint+"/v2/orders/subscriptions/resources/renew", body) // want `postJSON decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode >= 300 alone \(helper.go:20\)`
}

func UnsubscribeServer(id string) error {
	body := []byte(fmt.Sprintf(`{"resource_ids":[%q],"unsubscribe_type":1}`, id))
	return transport.PostJSON(bssEndpoint+"/v2/orders/subscriptions/resources/unsubscribe", body) // want `transport.PostJSON decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode/100 != 2 alone \(transport.go:20\)`
}

func EnableAutoRenew(c *transport.Client, id string) error {
	_, err := c.Send(transport.NewRequest(http.MethodPost, bssEndpoint+"/v2/orders/subscriptions/resources/autorenew/"+id, nil)) // want `what c.Send returns from bss.myhuaweicloud.com is discarded`
	return err
}
