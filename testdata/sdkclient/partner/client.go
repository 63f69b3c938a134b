// Package partner is a partner's billing client built on the official SDK
// (github.com/huaweicloud/huaweicloud-sdk-go-v3 v0.1.207, services/bss/v2 and
// services/bssintl/v2) and on plain net/http. Some functions have the bug
// cbcstatus finds, some do it right; analyzer/cbcstatus's TestE2ESDK asserts the
// exact findings.
package partner

import (
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	bssintl "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bssintl/v2"
)

// Billing renews, unsubscribes, pays and manages customers for a partner.
type Billing struct {
	cn   *bss.BssClient
	intl *bssintl.BssintlClient
}

// New wraps an SDK HTTP client (built with bss.BssClientBuilder()).
func New(hc *core.HcHttpClient) *Billing {
	return &Billing{cn: bss.NewBssClient(hc), intl: bssintl.NewBssintlClient(hc)}
}
