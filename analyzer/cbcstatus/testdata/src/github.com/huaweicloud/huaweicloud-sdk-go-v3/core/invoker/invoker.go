// Package invoker is a stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/core/invoker v0.1.207.
package invoker

import (
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/def"
)

type BaseInvoker struct {
	client  *core.HcHttpClient
	request interface{}
	meta    *def.HttpRequestDef
	headers map[string]string
}

func NewBaseInvoker(client *core.HcHttpClient, request interface{}, meta *def.HttpRequestDef) *BaseInvoker {
	return &BaseInvoker{client: client, request: request, meta: meta}
}

func (b *BaseInvoker) Invoke() (interface{}, error) {
	return b.client.Sync(b.request, b.meta)
}
