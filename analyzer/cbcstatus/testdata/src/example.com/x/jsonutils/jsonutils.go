// Package jsonutils is a JSON library of another module, as multi-cloud
// managers keep one (yunion.io/x/jsonutils): it parses bytes into a generic
// object and reads keys from it; it knows nothing of CBC.
package jsonutils

import (
	"encoding/json"
	"fmt"
)

// JSONObject is a parsed JSON value.
type JSONObject interface {
	GetString(keys ...string) (string, error)
	Unmarshal(obj any, keys ...string) error
	String() string
}

// JSONDict is a parsed JSON object.
type JSONDict struct{ data map[string]any }

// NewDict returns an empty object.
func NewDict() *JSONDict { return &JSONDict{data: map[string]any{}} }

// Parse parses str.
func Parse(str []byte) (JSONObject, error) {
	var m map[string]any
	if err := json.Unmarshal(str, &m); err != nil {
		return nil, err
	}
	return &JSONDict{data: m}, nil
}

// Marshal turns obj into a JSONObject.
func Marshal(obj any) JSONObject {
	b, _ := json.Marshal(obj)
	o, err := Parse(b)
	if err != nil {
		return NewDict()
	}
	return o
}

// GetString returns the string under the path keys.
func (d *JSONDict) GetString(keys ...string) (string, error) {
	var v any = d.data
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return "", fmt.Errorf("%s: not an object", k)
		}
		if v, ok = m[k]; !ok {
			return "", fmt.Errorf("%s: not found", k)
		}
	}
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("not a string")
	}
	return s, nil
}

// Unmarshal decodes the value under the path keys into obj.
func (d *JSONDict) Unmarshal(obj any, keys ...string) error {
	var v any = d.data
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: not an object", k)
		}
		v = m[k]
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, obj)
}

func (d *JSONDict) String() string { b, _ := json.Marshal(d.data); return string(b) }
