package com.tencentcloudapi.demo.v20240718;
public enum DemoErrorCode {
     /* The demo quota is used up. */
     LIMITEXCEEDED_QUOTA("LimitExceeded.Quota");
     
    private String value;
    private DemoErrorCode (String value){
        this.value = value;
    }
}
