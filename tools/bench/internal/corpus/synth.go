package corpus

import (
	"fmt"
	"strings"
)

// PackagesPerScale is how many client packages scale 1 has; scale k has k times as many.
const PackagesPerScale = 50

// Synth writes (once) a module in dir shaped like a CBC billing integration,
// scale × PackagesPerScale packages of four files each: CBC code constants and a
// switch on se.ErrorCode, bss SDK calls, net/http calls to bss.myhuaweicloud.com,
// and ordinary code (types, an enum switch, loops). Some packages carry the bugs
// cbclint looks for (a mistyped code, a switch without throttling) so the
// reporting path is measured too. It returns the pattern to analyse from dir.
func Synth(dir string, scale int) ([]string, error) {
	files := map[string]string{
		"go.mod":           "module cbcbench/synth\n\ngo 1.26.0\n\nrequire " + SDKModule + " " + SDKVersion + "\n",
		"common/common.go": commonSrc,
	}
	for i := range scale * PackagesPerScale {
		p := fmt.Sprintf("billing/p%04d", i)
		r := strings.NewReplacer("PKG", fmt.Sprintf("p%04d", i), "NUM", fmt.Sprint(i))
		files[p+"/codes.go"] = r.Replace(codesSrc(i))
		files[p+"/sdk.go"] = r.Replace(sdkSrc)
		files[p+"/http.go"] = r.Replace(httpSrc)
		files[p+"/model.go"] = r.Replace(modelSrc)
	}
	if err := writeModule(dir, files); err != nil {
		return nil, err
	}
	return []string{"./..."}, nil
}

const commonSrc = `// Package common is what every billing package shares.
package common

import "time"

// Backoff is how long to wait before the n-th retry.
func Backoff(n int) time.Duration {
	d := 100 * time.Millisecond
	for range n {
		d *= 2
	}
	return min(d, 30*time.Second)
}

// Outcome is what a caller does after a CBC call.
type Outcome int

const (
	Done Outcome = iota
	Retry
	TopUp
	Refresh
	Wait
	Inspect
	Fail
)
`

// codesSrc is the error dispatch; every 7th package mistypes a code and every
// 5th forgets throttling, as real code does now and then.
func codesSrc(i int) string {
	insufficient := `"CBC.5003"`
	if i%7 == 3 {
		insufficient = `"CBC.5030"` // not a documented code: cbccode reports it
	}
	throttled := "\tcase codeThrottled:\n\t\treturn common.Retry\n"
	if i%5 == 4 {
		throttled = ""
	}
	return `// Package PKG is one billing integration of the synthetic corpus.
package PKG

import (
	"errors"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"

	"cbcbench/synth/common"
)

const (
	codeThrottled      = "CBC.0250"
	codeTokenExpired   = "CBC.0154"
	codePaying         = "CBC.99000088"
	codePartialFailure = "CBC.5020"
)

// classifyNUM decides what to do after a failed CBC call.
func classifyNUM(err error) common.Outcome {
	if err == nil {
		return common.Done
	}
	var se *sdkerr.ServiceResponseError
	if !errors.As(err, &se) {
		return common.Fail
	}
	switch se.ErrorCode {
	case ` + insufficient + `:
		return common.TopUp
	case codePaying:
		return common.Wait
	case codeTokenExpired:
		return common.Refresh
` + throttled + `	case "CBC.0151", "CBC.0100":
		return common.Fail
	default:
		return common.Fail
	}
}

// messageNUM explains a code in a log line.
func messageNUM(code string) string {
	if code == "CBC.0250" {
		return "throttled (CBC.0250): backing off"
	}
	return "failed with " + code + "; see CBC.5003 and CBC.0150 in the runbook"
}
`
}

const sdkSrc = `package PKG

import (
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

// renewNUM renews resources for a year and trusts the Go error alone.
func renewNUM(c *bss.BssClient, ids []string) error {
	req := &model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 3, PeriodNum: 1}}
	_, err := c.RenewalResources(req)
	return err
}

// unsubscribeNUM unsubscribes resources and looks at the failed ones.
func unsubscribeNUM(c *bss.BssClient, ids []string) ([]string, error) {
	req := &model.CancelResourcesSubscriptionRequest{Body: &model.UnsubscribeResourcesReq{ResourceIds: ids, UnsubscribeType: 1}}
	resp, err := c.CancelResourcesSubscription(req)
	if err != nil {
		return nil, err
	}
	var failed []string
	if resp.FailResourceInfos != nil {
		for _, f := range *resp.FailResourceInfos {
			if f.ResourceId != nil {
				failed = append(failed, *f.ResourceId)
			}
		}
	}
	return failed, nil
}
`

const httpSrc = `package PKG

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

const endpointNUM = "https://bss.myhuaweicloud.com"

// payNUM pays an order with plain net/http and decides success by the status alone.
func payNUM(ctx context.Context, client *http.Client, body io.Reader) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpointNUM+"/v2/orders/customer-orders/pay", body)
	if err != nil {
		return false, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK, nil
}

// balanceNUM reads the balance and checks the error code in the body.
func balanceNUM(ctx context.Context, client *http.Client) (float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://bss.myhuaweicloud.com/v2/accounts/customer-accounts/balances", nil)
	if err != nil {
		return 0, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		ErrorCode string  ` + "`json:\"error_code\"`" + `
		ErrorMsg  string  ` + "`json:\"error_msg\"`" + `
		Amount    float64 ` + "`json:\"amount\"`" + `
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return 0, err
	}
	if out.ErrorCode != "" {
		return 0, fmt.Errorf("%s: %s", out.ErrorCode, out.ErrorMsg)
	}
	return out.Amount, nil
}
`

const modelSrc = `package PKG

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"cbcbench/synth/common"
)

// State is where an order stands.
type State int

const (
	Pending State = iota
	Paying
	Paid
	Cancelled
	Refunded
)

func (s State) String() string {
	switch s {
	case Pending:
		return "pending"
	case Paying:
		return "paying"
	case Paid:
		return "paid"
	case Cancelled:
		return "cancelled"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// Order is an order of the customer's.
type Order struct {
	ID       string
	Customer string
	Amount   float64
	Currency string
	State    State
	Created  time.Time
	Items    []Item
	Tags     map[string]string
}

// Item is one line of an order.
type Item struct {
	SKU      string
	Quantity int
	Price    float64
}

// Total sums the items.
func (o *Order) Total() float64 {
	var t float64
	for _, it := range o.Items {
		t += float64(it.Quantity) * it.Price
	}
	return t
}

// Summary is a one-line description.
func (o *Order) Summary() string {
	keys := make([]string, 0, len(o.Tags))
	for k := range o.Tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %.2f %s [%s]", o.ID, o.Customer, o.Total(), o.State, strings.Join(keys, ","))
	return b.String()
}

// Retry runs f until it is done or attempts run out.
func Retry(attempts int, f func() common.Outcome) common.Outcome {
	var last common.Outcome
	for n := range attempts {
		switch last = f(); last {
		case common.Done, common.Fail, common.TopUp:
			return last
		case common.Retry, common.Wait:
			time.Sleep(common.Backoff(n))
		}
	}
	return last
}

// Ledger keeps orders by customer.
type Ledger struct {
	byCustomer map[string][]*Order
}

// Add files an order.
func (l *Ledger) Add(o *Order) {
	if l.byCustomer == nil {
		l.byCustomer = map[string][]*Order{}
	}
	l.byCustomer[o.Customer] = append(l.byCustomer[o.Customer], o)
}

// Owed sums what a customer has not paid yet.
func (l *Ledger) Owed(customer string) float64 {
	var t float64
	for _, o := range l.byCustomer[customer] {
		if o.State == Pending || o.State == Paying {
			t += o.Total()
		}
	}
	return t
}
`
