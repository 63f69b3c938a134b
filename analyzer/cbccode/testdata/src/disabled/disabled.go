// Package disabled: with -checks=cbcswitch, cbccode reports nothing.
package disabled

const code = "CBC.99003615"
