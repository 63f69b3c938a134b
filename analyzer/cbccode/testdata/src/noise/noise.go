// Package noise holds strings that mention CBC without being error codes; none is reported.
package noise

import (
	"crypto/tls"
	"encoding/json"
)

type cipherConfig struct {
	Mode string `json:"cbc" yaml:"CBC.5030"`
}

var ciphers = []string{
	"aes-256-cbc",
	"DES-CBC3-SHA",
	"TLS_RSA_WITH_AES_128_CBC_SHA",
	"ECDHE-RSA-AES128-CBC-SHA",
	"cbc",
	"CBC",
	"CBC.",
	"CBCMode",
	"cbc-mac",
	"3DES-CBC",
	"CBC3",
	"CBC.12",
}

var suites = []uint16{tls.TLS_RSA_WITH_AES_128_CBC_SHA}

// Known codes, written right.
var handled = map[string]string{
	"CBC.0000":     "success",
	"CBC.5003":     "insufficient balance",
	"CBC.99000088": "payment being processed",
	"CBC.0156":     "customer of another site (per-API pages)",
}

func decode(b []byte) (cipherConfig, error) {
	var c cipherConfig
	err := json.Unmarshal(b, &c)
	return c, err
}

var _, _, _ = ciphers, suites, handled
