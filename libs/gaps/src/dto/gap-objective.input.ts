import { Field, Float, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class GapObjectiveInput {
  @Field(() => String)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  indicator: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target?: number;
}
