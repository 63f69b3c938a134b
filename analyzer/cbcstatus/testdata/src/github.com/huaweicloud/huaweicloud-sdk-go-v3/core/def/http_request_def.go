// Package def is a stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/core/def v0.1.207.
package def

type HttpRequestDef struct {
	Method string
	Path   string
}
