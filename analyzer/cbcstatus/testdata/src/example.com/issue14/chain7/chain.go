// Package chain7 renews through a chain of 7 forwarding helpers between the // want package:"relevant, analysed"
// URL constant and a status-only http.Post: each hands the URL on, the last
// one sends it and takes HTTP 200 for success. No depth limit: found.
package chain7

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

const (
	bssEndpoint = "https://bss.myhuaweicloud.com"
	ecsEndpoint = "https://ecs.cn-north-4.myhuaweicloud.com"
	renewPath   = "/v2/orders/subscriptions/resources/renew"
)

func Renew(ids []string) error {
	return step1(bssEndpoint+renewPath, strings.NewReader(strings.Join(ids, ","))) // want `step1 decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode != http.StatusOK alone|decides|alone`
}

// Another service answers errors with 4xx: the same chain is right there.
func StopServer(id string) error {
	return step1(ecsEndpoint+"/v1/servers/"+id+"/action", nil)
}

// The URL comes from the caller: where it points is unknown.
func Forward(url string) error { // want Forward:`reply to param 0/: result -1, into -1, judged 1`
	return step1(url, nil)
}

func step1(url string, body io.Reader) error {
	return step2(url, body)
}

func step2(url string, body io.Reader) error {
	return step3(url, body)
}

func step3(url string, body io.Reader) error {
	return step4(url, body)
}

func step4(url string, body io.Reader) error {
	return step5(url, body)
}

func step5(url string, body io.Reader) error {
	return step6(url, body)
}

func step6(url string, body io.Reader) error {
	return step7(url, body)
}

// step7 sends the request and takes HTTP 200 for success.
func step7(url string, body io.Reader) error {
	resp, err := http.Post(url, "application/json", body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("POST %s: HTTP %d", url, resp.StatusCode)
	}
	return nil
}
