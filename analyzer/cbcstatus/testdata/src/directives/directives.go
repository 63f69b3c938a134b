// Package directives suppresses cbcstatus findings with //cbclint:ignore. // want package:"relevant, analysed"
package directives

import (
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

func RenewNightly(client *bss.BssClient) error {
	//cbclint:ignore cbcstatus the reconciler re-reads every renewed resource the next morning
	_, err := client.RenewalResources(&model.RenewalResourcesRequest{})
	return err
}

func RenewTrailing(client *bss.BssClient) error {
	_, err := client.RenewalResources(&model.RenewalResourcesRequest{}) //cbclint:ignore cbcstatus,cbccode reconciled by the nightly job
	return err
}

func RenewNoReason(client *bss.BssClient) error {
	_, err := client.RenewalResources(&model.RenewalResourcesRequest{}) /* want `//cbclint:ignore cbcstatus needs a reason` `the RenewalResources response is discarded` */ //cbclint:ignore cbcstatus
	return err
}

func Stale(client *bss.BssClient) error {
	//cbclint:ignore cbcstatus the failures are checked below // want `//cbclint:ignore directive for cbcstatus suppresses nothing`
	resp, err := client.RenewalResources(&model.RenewalResourcesRequest{})
	if err == nil && resp.FailResourceInfos != nil {
		return err
	}
	return err
}
