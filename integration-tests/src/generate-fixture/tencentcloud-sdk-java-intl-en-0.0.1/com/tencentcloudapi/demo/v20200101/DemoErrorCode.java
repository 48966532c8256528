package com.tencentcloudapi.demo.v20200101;
public enum DemoErrorCode {
     /* Operation failed. */
     FAILEDOPERATION("FailedOperation"),
     
     /* The demo task is running. Try again later. */
     FAILEDOPERATION_TASKRUNNING("FailedOperation.TaskRunning"),
     
     /* Invalid `Name`. */
     INVALIDPARAMETERVALUE_BADNAME("InvalidParameterValue.BadName"),
     
     /* The demo does not exist. */
     RESOURCENOTFOUND_DEMO("ResourceNotFound.Demo");
     
    private String value;
    private DemoErrorCode (String value){
        this.value = value;
    }
}
