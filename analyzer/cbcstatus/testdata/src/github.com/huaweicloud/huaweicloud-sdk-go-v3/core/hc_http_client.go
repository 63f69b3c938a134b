// Package core is a stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/core v0.1.207.
package core

import "github.com/huaweicloud/huaweicloud-sdk-go-v3/core/def"

type HcHttpClient struct {
	endpoints []string
}

func (hc *HcHttpClient) Sync(req interface{}, reqDef *def.HttpRequestDef) (interface{}, error) {
	return nil, nil
}
