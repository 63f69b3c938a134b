// Package sdknofix discards CBC responses where no mechanical fix exists: // want package:"relevant, analysed"
// the function returns no error, the err check is not next, or binding the
// response would declare a new err.
package sdknofix

import (
	"log"

	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

type Billing struct {
	client *bss.BssClient
}

// Nothing to return an error through.
func (b *Billing) RenewInBackground(ids []string) {
	_, err := b.client.RenewalResources(&model.RenewalResourcesRequest{}) // want `the RenewalResources response is discarded`
	if err != nil {
		log.Printf("renewal failed: %v", err)
	}
}

// The error is logged, not returned: where a failure should go is the author's call.
func (b *Billing) RenewLogged(ids []string) error {
	_, err := b.client.RenewalResources(&model.RenewalResourcesRequest{}) // want `the RenewalResources response is discarded`
	log.Printf("renewal: %v", err)
	return err
}

// err belongs to the function; := inside the loop would declare another one.
func (b *Billing) RenewEach(batches [][]string) (err error) {
	for range batches {
		_, err = b.client.RenewalResources(&model.RenewalResourcesRequest{}) // want `the RenewalResources response is discarded`
		if err != nil {
			return err
		}
	}
	return nil
}

// The error is not bound at all.
func (b *Billing) RenewBlind() error {
	b.client.RenewalResources(&model.RenewalResourcesRequest{}) // want `the RenewalResources response is discarded`
	return nil
}

// In an if statement's init.
func (b *Billing) RenewInIf() error {
	if _, err := b.client.RenewalResources(&model.RenewalResourcesRequest{}); err != nil { // want `the RenewalResources response is discarded`
		return err
	}
	return nil
}
